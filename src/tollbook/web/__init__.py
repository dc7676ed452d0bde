"""The REST API and the dashboard (`tollbook serve`)."""
