"""RSS and Atom feeds: one article per entry; broken XML recorded as E114."""

from __future__ import annotations

from datetime import date

from tollbook.model import Article, Rejection
from tollbook.read.feeds import read_feed

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Wire</title>
<item><title>Market blast kills ten</title><link>https://ex.com/1</link>
<pubDate>Sun, 10 Mar 2024 08:00:00 GMT</pubDate>
<description>&lt;p&gt;At least ten people were killed when a car bomb exploded in a market
on Sunday, police said.&lt;/p&gt;&lt;p&gt;The toll could rise, officials said.&lt;/p&gt;
</description></item>
<item><title>Zwei Tote</title><link>https://ex.com/2</link>
<description>Bei einem Anschlag wurden am Sonntag zwei Menschen getötet, teilte die Polizei
mit, und die Zahl der Opfer könne noch steigen.</description></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
<entry><title>Two soldiers killed</title><link href="https://ex.com/a"/>
<id>urn:a</id><updated>2024-05-02T10:00:00Z</updated>
<content type="html">&lt;p&gt;Two soldiers were killed and five wounded in an ambush
near the border on Thursday, the army said in a statement.&lt;/p&gt;</content></entry>
</feed>
"""


def test_rss_entries_become_articles_and_foreign_ones_rejections(tmp_path):
    path = tmp_path / "wire.rss"
    path.write_text(RSS, encoding="utf-8")
    first, second = read_feed(str(path))
    assert isinstance(first, Article)
    assert first.title == "Market blast kills ten" and first.url == "https://ex.com/1"
    assert first.published == date(2024, 3, 10)
    assert first.text.startswith("At least ten people were killed")
    assert "<p>" not in first.text
    assert isinstance(second, Rejection) and second.code == "E105"


def test_atom_full_content_is_read(tmp_path):
    path = tmp_path / "wire.atom"
    path.write_text(ATOM, encoding="utf-8")
    (entry,) = read_feed(str(path))
    assert entry.published == date(2024, 5, 2)
    assert "Two soldiers were killed" in entry.text


def test_broken_xml_is_e114_and_recovered_entries_still_read(tmp_path):
    path = tmp_path / "cut.xml"
    path.write_text(RSS[: RSS.index("<item><title>Zwei")] + "<item><title>Zw", encoding="utf-8")
    got = list(read_feed(str(path)))
    assert got[0].code == "E114"
    assert any(isinstance(g, Article) and g.url == "https://ex.com/1" for g in got[1:])


def test_file_that_is_no_feed_is_e114(tmp_path):
    path = tmp_path / "junk.xml"
    path.write_text("<<< not xml at all", encoding="utf-8")
    got = list(read_feed(str(path)))
    assert [g.code for g in got] == ["E114"]
