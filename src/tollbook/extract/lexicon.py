"""Word lists the casualty grammar reads: trigger words, victim nouns, units.

Kept apart from the grammar so that a reviewer can read what tollbook counts as a
killing or a victim without reading code. All lower case.
"""

from __future__ import annotations

from ..model import Outcome

K, W, M, A, R, D = (Outcome.KILLED, Outcome.WOUNDED, Outcome.MISSING, Outcome.ABDUCTED,
                    Outcome.ARRESTED, Outcome.DISPLACED)

# Words after the victims: "28 people were killed", "56 rebels dead", "77 wounded".
AFTER = {
    "killed": K, "dead": K, "died": K, "die": K, "slain": K, "murdered": K, "executed": K,
    "beheaded": K, "massacred": K, "assassinated": K, "lynched": K, "perished": K,
    "deaths": K, "fatalities": K, "fatality": K, "bodies": K, "corpses": K, "drowned": K,
    "deceased": K, "martyred": K, "succumbed": K, "neutralized": K, "neutralised": K,
    "eliminated": K, "buried": K, "hanged": K, "lifeless": K,
    "wounded": W, "injured": W, "hurt": W, "injuries": W, "hospitalized": W,
    "hospitalised": W, "maimed": W,
    "missing": M, "unaccounted": M, "disappeared": M,
    "abducted": A, "kidnapped": A, "hostages": A, "captured": A,
    "arrested": R, "detained": R, "arrests": R, "apprehended": R, "rearrested": R,
    "re-arrested": R, "recaptured": R,
    "wounded-in-action": W, "killed-in-action": K,
    "displaced": D, "homeless": D, "evacuated": D, "uprooted": D, "evicted": D,
}
# Active verbs before the victims: "killing 57 elements", "wounded 19".
BEFORE = {
    "kill": K, "kills": K, "killed": K, "killing": K, "slaughtered": K, "slaughtering": K,
    "massacred": K, "massacring": K, "executed": K, "executing": K, "murdered": K,
    "murdering": K, "slew": K, "beheaded": K, "beheading": K, "assassinated": K,
    "lynched": K, "lynching": K, "butchered": K, "buried": K, "burying": K, "hanged": K,
    # military wording for killed enemies ("neutralized 3 PKK militants")
    "neutralized": K, "neutralised": K, "neutralizing": K, "neutralising": K,
    "eliminated": K, "eliminating": K, "martyred": K, "martyring": K,
    "annihilated": K, "annihilating": K,
    "wound": W, "wounds": W, "wounding": W, "wounded": W, "injure": W, "injures": W,
    "injuring": W, "injured": W, "maiming": W, "maimed": W,
    "abduct": A, "abducts": A, "abducted": A, "abducting": A, "kidnap": A, "kidnaps": A,
    "kidnapped": A, "kidnapping": A, "captured": A, "capturing": A,
    "arrest": R, "arrests": R, "arrested": R, "arresting": R, "detained": R, "detaining": R,
    "apprehended": R, "apprehending": R, "rearrested": R, "re-arrested": R,
    "displace": D, "displaced": D, "displacing": D, "displaces": D,
    "uproot": D, "uprooted": D, "uprooting": D, "uproots": D,
    "evict": D, "evicted": D, "evicting": D, "evicts": D,
}
# Nouns that follow the number directly: "2 fatalities", "28 dead", "59 wounded".
NOMINAL = {
    "dead": K, "deaths": K, "fatalities": K, "fatality": K, "killed": K, "bodies": K,
    "corpses": K, "death": K, "homicides": K, "murders": K, "martyrs": K,
    "wounded": W, "injured": W,
    "injuries": W, "missing": M,
    "hostages": A, "captives": A,
    "arrests": R, "displaced": D, "evacuees": D,
}
# Between the victims and the trigger: "were reportedly killed", "have been found dead".
AUX = frozenset(
    "was were is are be been being has have had reportedly also allegedly later all both "
    "subsequently eventually apparently reported confirmed feared believed thought found "
    "left being initially officially now still then either either originally instantly "
    "immediately critically seriously severely slightly badly lightly fatally pronounced "
    "declared accidentally remain remains remained registered as internally currently "
    "forcibly moderately gravely mortally grievously superficially already briefly "
    "newly lying lay".split()
)
NEGATION = frozenset("no not nobody none never n't neither nor without".split())
MODAL = frozenset(
    "would could might may threatened threaten threatening vowed vow plan plans planned "
    "intend intended attempt attempted attempting trying tried try wanted want aimed "
    "prevent prevented avert averted prevents preventing threatens going gonna plotting "
    "plotted plot conspiring conspired conspiracy hired sought seeking seek wants tries "
    "attempts intends intending aiming solicitation solicited".split()
)

# The doers of a killing, by what they did (a regular expression's alternatives): "the
# gunman", "the attacker", "the suspect"
DOERS = r"gunm[ae]n|shooter|attacker|assailant|bomber|killer|perpetrator|suspect"

# Victim nouns and what they say about who the victims were.
COMBATANT_NOUNS = frozenset(
    "soldier soldiers troops trooper troopers servicemen serviceman police policemen "
    "policeman policewoman officers officer militants militant rebels rebel fighters "
    "fighter insurgents insurgent jihadists jihadist gunmen gunman assailants assailant "
    "attackers attacker bombers bomber terrorists terrorist militiamen militiaman khwarij "
    "khawarij "
    "militia militias elements guards guard commanders commander combatants combatant "
    "personnel recruits recruit marines marine paramilitaries paramilitary commandos "
    "commando cadets cadet gendarmes gendarme sailors airmen pilots pilot extremists "
    "extremist mercenaries army military forces members member suspects suspect "
    "kidnappers kidnapper bandits bandit cops cop deputies deputy agents agent "
    "separatists separatist loyalists loyalist volunteers cadres cadre bodyguard "
    "bodyguards perpetrators perpetrator jawans jawan guerrillas guerrilla guerillas "
    "guerilla maoists maoist naxals naxal naxalites naxalite conscripts conscript "
    "reservists reservist peacekeepers peacekeeper sentries sentry guardsmen guardsman "
    "vigilantes vigilante hoodlums hoodlum miscreants miscreant cultists cultist accomplices "
    "accomplice levies rangers ranger constable constables sepoy sepoys naik naiks havildar "
    "havildars subedar subedars sub-inspector sub-inspectors infiltrators infiltrator "
    "sniper snipers saboteur saboteurs assassin assassins jihadi jihadis partisan partisans "
    "sicario sicarios operatives operative".split()
)
CIVILIAN_NOUNS = frozenset(
    "civilians civilian villagers villager residents resident children child kids kid "
    "evacuees evacuee women woman students student worshippers worshipper pilgrims pilgrim "
    "passengers "
    "passenger farmers farmer workers worker journalists journalist teachers teacher "
    "protesters protester demonstrators demonstrator shoppers shopper refugees refugee "
    "migrants migrant miners miner herders herder traders trader doctors doctor nurses "
    "nurse girls girl boys boy infants infant babies baby toddler toddlers teenagers "
    "teenager teens teen schoolchildren pupils pupil clerics cleric imam priests priest "
    "fishermen fisherman drivers driver motorists motorist pedestrians pedestrian "
    "bystanders bystander customers customer patrons patron worshipers worshiper "
    "mourners mourner guests guest tourists tourist family families relatives relative "
    "wife husband mother father son daughter brother sister elderly sons daughters "
    "brothers sisters wives husbands mothers fathers uncle aunt nephew niece cousin "
    "cousins grandmother grandfather grandson granddaughter fiance fiancee girlfriend "
    "boyfriend neighbor neighbors neighbour neighbours citizens citizen locals "
    "missionary missionaries pastor pastors nun nuns monk monks imams friend friends "
    "roommate roommates stepfather stepmother stepson stepdaughter ex-girlfriend "
    "ex-boyfriend ex-wife ex-husband shopkeepers shopkeeper vendors vendor merchants "
    "merchant businessman businessmen labourers labourer laborers laborer shepherds shepherd "
    "idps idp congregants congregant parishioners parishioner churchgoers churchgoer "
    "hunters hunter loggers logger porters porter headman headmen councillor councillors "
    "councilor councilors paramedics paramedic medics medic lawyers lawyer contractor "
    "contractors engineers engineer tappers tapper mechanics mechanic "
    "mayor mayors elders elder activists activist patients patient schoolgirls schoolgirl "
    "schoolboys schoolboy households household passerby passersby passer-by passers-by "
    "landlord landlords landlady classmate classmates spouse spouses grandchild grandchildren "
    "siblings sibling newborn newborns lady ladies acquaintance acquaintances "
    "rickshaw-puller rickshaw-pullers sarpanch sarpanches schoolteacher schoolteachers "
    "minors staff staffers seafarers seafarer midwives midwife lecturers "
    "lecturer professors professor cooks cook nationals foreigners foreigner "
    "expatriates expatriate expats expat climbers climber trekkers trekker hikers hiker "
    "visitors visitor holidaymakers holidaymaker diplomats diplomat employees "
    "waiters waiter waitress waitresses bartenders bartender receptionists receptionist "
    "cashiers cashier guides guide".split()
    # (not "national", a word of names: "a member of the National Defence Forces"; nor
    # "employee", told of the one hurt again as "one of his electricians")
)
UNKNOWN_NOUNS = frozenset(
    "people persons person individuals individual others victims victim men man "
    "casualties lives adults adult youths youth bodies corpses inmates inmate prisoners "
    "prisoner detainees detainee hostage hostages colleagues colleague comrades comrade "
    "companions companion associates associate signatories signatory crew crews "
    "crewmen crewman".split()
)
VICTIM_NOUNS = COMBATANT_NOUNS | CIVILIAN_NOUNS | UNKNOWN_NOUNS
# Generic words: the victims' type is all they tell, so no named actor.
GENERIC = frozenset(
    "people persons person individuals individual others victims victim civilians "
    "civilian casualties lives bodies corpses members member personnel elements more fighters "
    "fighter combatants".split()
)
# Written actor forms normalised ("policemen" and "police officers" are "police").
ACTOR_FORMS = {
    "policemen": "police", "policeman": "police", "policewoman": "police", "cops": "police",
    "cop": "police",
}
# Armed groups whose name alone counts their members ("killing 12 Taliban", "7 ADF were
# killed"): names as wire services and conflict-event notes write them, casefolded, without a
# leading "al-"/"the". A name not listed here keeps the victims' type to what its noun says.
ARMED_GROUPS = frozenset((
    "taliban", "shabaab", "shabab", "boko haram", "iswap", "iswa", "isis", "isil", "is",
    "daesh", "islamic state", "hezbollah", "hizbollah", "hizbullah", "hamas",
    "islamic jihad", "houthis", "houthi", "huthis", "huthi", "ansar allah", "adf", "m23",
    "jnim", "pkk", "ypg", "sdf", "farc", "eln", "ltte", "ttp", "aqap", "aqim", "qaeda",
    "nusra", "hts", "seleka", "ex-seleka", "anti-balaka", "janjaweed", "rsf", "fano", "tplf",
    "ola", "npa", "abu sayyaf", "biff", "maute", "mai-mai", "mai mai", "codeco", "fdlr",
    "nduma", "ulfa", "nscn", "wagner", "ansaroul islam", "jem", "let", "lashkar-e-taiba",
    "jaish-e-mohammed", "hizbul mujahideen", "ambazonians", "amba", "polisario",
))
# Singular person nouns, for victims counted without a number ("a civilian was killed").
SINGULAR = frozenset(
    w for w in VICTIM_NOUNS if not w.endswith("s") or w in ("bus",)
) - frozenset("police personnel military army forces militia elderly family people "
              "children women men police staff".split()) | {"person", "man", "woman", "child"}
PRONOUN_SG = frozenset("he she him her".split())

# Animals shot or killed are no casualties: "a 7-year-old bullmastiff was shot".
ANIMALS = frozenset(
    "dog dogs bull bulls pit cat cats horse horses deer animal animals cow cows goats sheep "
    "camels livestock cattle puppy puppies kitten kittens pet pets pitbull pitbulls mastiff "
    "bullmastiff terrier retriever labrador rottweiler poodle chihuahua beagle husky doe "
    "does fawn fawns buck bucks elk moose bear bears coyote coyotes wolf wolves raccoon "
    "squirrel pig pigs hog hogs chickens pup pups cougar cougars bobcat bobcats".split()
)
# Nouns after a number that make it something other than a count of people.
NON_PERSON = frozenset(
    "km kms kilometres kilometers kilometre kilometer miles mile metres meters metre meter "
    "feet foot ft yards inches centimetres centimeters millimetres millimeters cm mm kg "
    "kilograms tons tonnes pounds lbs hours hour minutes "
    "minute seconds second days day weeks week months month years year decades decade "
    "centuries times percent per cent % dollars dollar euros euro naira rupees pounds "
    "vehicles vehicle cars car trucks truck buses bus tanks tank bombs bomb grenades "
    "grenade rockets rocket missiles missile shells shell mortars mortar rounds round "
    "shots shot bullets bullet guns gun rifles rifle weapons weapon houses house homes "
    "home buildings building villages village towns town cities city states state "
    "provinces province districts district countries country schools school hospitals "
    "hospital churches church mosques mosque shops shop stores store attacks attack "
    "incidents incident explosions explosion blasts blast bombings bombing cases case "
    "counts count charges charge votes vote seats seat points point goals goal games game "
    "a.m p.m am pm o'clock gmt pages page acres hectares square block blocks floors floor "
    "storey stories story rooms room calls call doses dose kilos kilo grams ounces "
    "steps step laps times-a lines line fronts front car motorcycles motorcycle "
    "caliber calibre mm millimeter millimetre gauge "
    "boats boat planes plane aircraft helicopters helicopter drones drone positions "
    "trees tree seedlings seedling saplings sapling vines plants crops "
    "humvees humvee carriers apcs pickups pickup jeeps jeep ammunition "
    "position checkpoints checkpoint camps camp bases base sorties airstrikes airstrike "
    "strikes strike raids raid operations operation battalions battalion brigades "
    "brigade units unit groups group regiments companies company divisions division "
    "county counties region regions area areas neighborhood neighborhoods neighbourhood "
    "neighbourhoods streets highways trees tree saplings seedlings vines olive "
    "people's year-old years-old".split()
) | ANIMALS

# Months and weekdays: capitalised words that are never a person or a speaker.
MONTHS = frozenset(
    "january february march april may june july august september october november december"
    .split())
MONTH_ABBREVS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
CALENDAR = MONTHS | WEEKDAYS

# Titles written short before a name ("Lt. Mark Howard", "Sgt. Jim Brown"): no sentence
# ends at their full stop, and they stay inside a speaker's name.
TITLE_ABBREVIATIONS = frozenset(
    "mr mrs ms dr gen lt col sgt capt maj cpl pvt adm cmdr brig rep sen gov pres prof rev det "
    "ofc insp supt lieut st ft mt sr jr adj comr cmdt cdr asst dep ssgt".split()
)
# Nouns for kinds of places: "in the town of Kostiantynivka", "the neighboring canton of
# Duran recorded 410".
PLACE_KINDS = frozenset(
    "town village city district region province area camp neighbourhood neighborhood canton "
    "municipality state county department country metro kebele woreda".split()
)
# with the divisions some countries name so ("Chattogram division", "Basra governorate")
DIVISION_KINDS = PLACE_KINDS | {"division", "governorate"}
