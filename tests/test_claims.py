"""The casualty grammar on invented sentences: outcome, number, victims, subsets."""

from datetime import date

import pytest

from extractkit import figures_and_parts, killed_wounded
from tollbook import pipeline
from tollbook.model import Outcome, Scope, VictimType
from tollbook.read import read_text


def claims_of(text, published=date(2024, 3, 11)):
    art = read_text(text, published=published)
    return pipeline.run(art)


@pytest.mark.parametrize(
    "sentence,outcome,value",
    [
        ("At least 28 members of the group were reportedly killed on Sunday.", "killed", 28),
        ("The fighting left at least 56 rebels dead in the town.", "killed", 56),
        ("Gunmen opened fire on a market, killing at least 10 people.", "killed", 10),
        ("The blast wounded 19 people near the mosque.", "wounded", 19),
        ("Medical sources said 28 dead and 77 wounded were counted.", "killed", 28),
        ("Medical sources said 28 dead and 77 wounded were counted.", "wounded", 77),
        ("The death toll rose to 40 on Tuesday, officials said.", "killed", 40),
        ("Armed men kidnapped 12 students from a school in the north.", "abducted", 12),
        ("Police arrested 15 protesters in the capital.", "arrested", 15),
        ("The floods of violence displaced over one million people.", "displaced", 1000000),
        ("Seven soldiers were missing after the ambush.", "missing", 7),
        ("A civilian was killed when a shell hit the house.", "killed", 1),
        ("Insurgents attacked a checkpoint, killing a policeman.", "killed", 1),
        ("A man was found shot to death in his car on Friday.", "killed", 1),
        ("The gang invaded a house and shot a woman to death.", "killed", 1),
        ("Police identified two men found mortally wounded in a car.", "killed", 2),
        ("A boy was hit with a gun during a failed robbery on Sunday.", "wounded", 1),
        ("A third person died after a shooting on Wednesday morning, police said.", "killed", 3),
        ("Reports on fatalities range from 2 to 4.", "killed", 2),
        ("Assailants attacked and killed a Rapid Intervention Battalion (BIR) soldier.",
         "killed", 1),
        ("Assailants attacked and killed soldier Yaya Emmanuel guarding a bridge.", "killed", 1),
        ("All four hostages were beaten and released after a ransom was paid.", "wounded", 4),
        ("Two men were stabbed to death in the market.", "killed", 2),
        ("Officials said dozens of people were injured in the blast.", "wounded", 12),
        ("Militants abducted 30 schoolgirls from the school.", "abducted", 30),
        ("Gunmen killed 12 shepherds in the hills.", "killed", 12),
        ("Security forces neutralized 6 terrorists in the operation.", "killed", 6),
        ("Four PKK militants were neutralized in the operation.", "killed", 4),
        ("Two soldiers were martyred in the attack.", "killed", 2),
        ("Two policemen were among the dead.", "killed", 2),
        ("Fighters killed 5 soldiers, wounded 8 and captured 2 others.", "abducted", 2),
        ("Assailants hacked three farmers to death.", "killed", 3),
        ("Seven people, four of them children, died in the fire.", "killed", 7),
        ("Fighters shot dead a shepherd near the village.", "killed", 1),
        ("A mob lynched a man accused of theft in the market.", "killed", 1),
        ("A retired dentist who served four years on the city commission died Monday of a "
         "gunshot, police said.", "killed", 1),
        ("Three people were killed when gunmen attacked flood victims at a camp.", "killed", 3),
        ("Villagers beat two suspected thieves to death.", "killed", 2),
        ("Hundreds of people were displaced by the fighting.", "displaced", 100),
        ("One member was detained and later found killed.", "killed", 1),
        ("Three men were kidnapped and then killed by the gunmen.", "killed", 3),
        ("Militiamen killed and mutilated a man in the village.", "killed", 1),
        ("Police said he died at the hospital on Friday night.", "killed", 1),
        ("The clashes resulted in the killing of 3 members of the militia.", "killed", 3),
        ("Officials said the bodies of 2 civilians were found on the road.", "killed", 2),
    ],
)
def test_phrasing(sentence, outcome, value):
    ex = claims_of(sentence)
    assert (outcome, value) in [(c.outcome.value, c.value) for c in ex.claims], ex.claims


@pytest.mark.parametrize(
    "sentence",
    [
        "The coalition asked for protection of the 40,000 civilians in the town.",
        "The two-year conflict entered a second day of heavy fighting on Monday.",
        "The attack happened about 20 km (12 miles) from the capital in 2006.",
        "No one was killed in the blast, police said.",
        "Two suicide bombers stormed the compound before dawn.",
        "Three of the wounded are in serious condition.",
        "Hundreds of angry youths marched through the city on Friday.",
        "The group threatened to kill 10 hostages.",
        'He said he was going to "put an end to her," and kill her, the report said.',
        "A police officer shot and killed an aggressive pit bull on Thursday.",
        "Travis Miller, 18, was seen in the area on Saturday.",
        # open questions, guns shot and shots towards someone
        "It was unclear whether any of the six suspects were injured.",
        "The man asked if she was injured and then took her purse.",
        "He told deputies he caused the hole when he shot the revolver.",
        "A resident reported that his wife had shot her .38 caliber revolver.",
        "The driver said the man shot in his direction and drove off.",
        # animals, and deaths of illness
        "Misha, a 7-year-old bullmastiff, was shot and killed after wandering away.",
        "Two does and a fawn were shot and left near the community.",
        "Deputies were confronted by two aggressive pit bull dogs. A deputy shot and killed "
        "one of them.",
        "Agents killed five cougars this winter. Five others have been killed by hunters.",
        "The attack occurred after days of clashes between security forces and local gangs "
        "in which 8 armed individuals have died.",
        "Relatives of prisoners protested after more than 40 prisoners were killed inside the "
        "prison by guards the previous day.",
        "Residents demonstrated in the town after a gendarme shot and killed a taxi driver.",
        "The ages of the dead range from 20 to 40.",
        "The army killed 40 sheep near the border.",
        "Police neutralized a bomb planted near the bridge.",
        "Lawmakers killed a bill on Tuesday.",
        "Rebels captured 3 towns and the airport.",
        "The toll from the earthquake rose to 300.",
        "The victim of the assault died in late December from cancer, police said.",
        "It's possible a person was shot and fled, the sergeant said.",
        "The officer was so close to the bullets he thought he had been shot.",
        "Officers learned that one trailer was shot at least 16 times.",
        "Training likely prevented a burglary suspect and a reserve officer graduate from "
        "killing himself and possibly taking officers with him.",
        # alternatives with no split, and accidents
        "Around 7 May 2020, 3 PKK militants were killed, injured or captured in operations.",
        "Army forces killed or injured total of 4 PKK militants during airstrikes.",
        'IS said its fighters had "killed and wounded 20 militiamen" in the raid.',
        "The shell killed and injured a number of soldiers.",
        "Residents demanded a sentence for the driver who killed a journalist in a road "
        "accident.",
        "A postal worker was injured when a mail truck drove off the road on Tuesday.",
        "Two passengers were injured in a two-car crash on Main Street.",
        "The driver of a tow truck was killed when his vehicle collided with a tree.",
        # a definition
        "Mass shootings, defined as the killing of three or more people, have risen.",
    ],
)
def test_not_a_claim(sentence):
    ex = claims_of(sentence)
    assert [c for c in ex.claims if c.outcome in (Outcome.KILLED, Outcome.WOUNDED)] == []


def test_a_people_named_uncounted_is_no_displacement():
    assert claims_of("Israeli strikes hit a school housing displaced Palestinians.").claims == ()


def test_groups_add_up():
    ex = claims_of("One civilian and six assailants were killed in the attack on the base.")
    assert sorted(c.value for c in ex.claims) == [1, 6]
    assert ex.totals[Outcome.KILLED].best == 7


def test_subset_is_linked_not_added():
    ex = claims_of("The attack killed 43 people, including 16 police officers, officials said.")
    parent = next(c for c in ex.claims if c.value == 43)
    child = next(c for c in ex.claims if c.value == 16)
    assert child.part_of == parent.id
    assert child.victims.type == VictimType.COMBATANTS
    assert ex.totals[Outcome.KILLED].best == 43


def test_subset_of_them():
    ex = claims_of("Monitors said the fighting had left 56 rebels dead, six of them on Monday.")
    six = next(c for c in ex.claims if c.value == 6)
    assert six.part_of == next(c for c in ex.claims if c.value == 56).id
    assert ex.totals[Outcome.KILLED].best == 56


def test_competing_sources_are_not_added():
    text = ("The monitoring group said 28 fighters of the Northern Front were killed. "
            "A source close to the Northern Front told reporters 20 fighters had been killed.")
    ex = claims_of(text)
    assert ex.totals[Outcome.KILLED].best == 28
    assert ex.totals[Outcome.KILLED].low == 20


def test_figure_stated_twice_is_one_claim():
    text = ("Five soldiers were killed in an ambush on Sunday, the army said. "
            "\"Five soldiers were killed,\" the army said in a statement.")
    ex = claims_of(text)
    killed = [c for c in ex.claims if c.outcome == Outcome.KILLED]
    assert len(killed) == 1
    assert len(killed[0].mentions) == 1


def test_area_total_and_cumulative_never_count_as_events():
    text = ("Two people were killed in the village on Sunday. "
            "At least 164 people were killed throughout the country on Sunday, monitors said. "
            "More than 94,000 people have been killed since the uprising began in March 2011.")
    ex = claims_of(text)
    scopes = {c.value: c.scope.value for c in ex.claims}
    assert scopes == {2: "event", 164: "area_total", 94000: "cumulative"}
    assert ex.totals[Outcome.KILLED].best == 2


def test_source_agency_is_the_channel():
    ex = claims_of("A military source told AFP that 12 soldiers were killed near the border.")
    assert ex.claims[0].source.name == "A military source"


def test_according_to():
    ex = claims_of("Nine civilians were killed, according to the provincial governor.")
    assert ex.claims[0].source.name == "the provincial governor"


def test_pronoun_source_resolves_to_the_organisation():
    text = ("The Syrian Observatory for Human Rights reported heavy fighting in the north. "
            "It said 14 soldiers were killed on Monday.")
    ex = claims_of(text)
    assert ex.claims[0].source.name == "Syrian Observatory for Human Rights"


@pytest.mark.parametrize(
    "text,killed",
    [
        ("Two young suicide bombers detonated at a camp. In addition to the two assailants, "
         "at least nine people were killed in the blasts.", 11),
        ("A suicide bomber detonated explosives at a market. In addition to the assailant, "
         "five people were killed in the blast.", 6),
        ("Four female suicide bombers detonated in the town. The four assailants and a "
         "civilian were killed in the blasts.", 5),
        ("Assailants shot and killed a university professor in the town on Monday.", 1),
        ("Security forces identified and killed a female suicide bomber near the market.", 1),
        ("In addition, an American missionary, identified as John Doe, was killed in the "
         "crossfire.", 1),
        ("Two Kurdish civilians from the border town were reportedly killed during the strikes.",
         2),
        ("Villagers attacked the family with sharp weapons, killing five of them.", 5),
        ("A mob attacked a couple resulting in 1 death in the village.", 1),
        ("Two men suspected of robberies were fatally assaulted by residents.", 2),
        ("A security guard fatally shot a man at the filling station.", 1),
        ("Shells fired by the rebels killed a family of three in the neighbourhood.", 3),
        ("A bomb exploded near the mosque, killing the driver of the car.", 1),
        ("Raiders attacked a cattle camp, killing 1 pastoralist and wounding another.", 1),
        ("A man's body was found with his hands tied near the town.", 1),
        ("A man was arraigned on Monday in the shooting death of John Doe, 22.", 1),
        ("Detectives identified three suspects responsible for the double murder.", 2),
        ("Both victims were later pronounced deceased at the hospital.", 2),
        ("(Published Sunday, Feb. 9, 2014) A father was killed in a shooting.", 1),
        ("One bodyguard was killed and two people were injured in the attack.", 1),
        ("A suicide bomber was identified and killed by soldiers before he could detonate.", 1),
        ("Soldiers shot and killed a suicide bomber attempting to enter the market.", 1),
        ("Franco and her driver, Anderson Gomes, were killed in the attack.", 2),
        ("Around 11 a.m. Saturday, Gibson succumbed to his wounds.", 1),
        ("Medics arrived and pronounced the man dead at the scene.", 1),
        ("Officers arrived to find a woman dead inside the home.", 1),
        ("Police then shot the suspect, who was later pronounced dead at a hospital.", 1),
        ("The police department is investigating a deadly shooting on Monday night.", 1),
        ("Two men face charges following the shooting death of 21-year-old John Doe.", 1),
        ("Assailants shot and killed the district prefect, John Doe, at his home.", 1),
        ("One of the bombers detonated, killing herself and injuring five guards.", 1),
        ("3 policmen were killed in the attack. Officials said 4 Taliban militants were also "
         "killed.", 7),
        ("Police arrested a man over a shooting that killed one person and seriously injured "
         "another.", 1),
        ("He is accused of shooting into a building and fatally wounding Jane Roe, 26.", 1),
        ("Roe was shot in the neck and pronounced dead inside the car.", 1),
        ("A 17-year-old shot during a struggle over a package on Sunday has died.", 1),
        ("A man who was shot in the stomach Monday night passed away Tuesday morning.", 1),
        ("A suspected burglar was shot and killed after being confronted by a resident.", 1),
        ("Police identified the man found shot to death Thursday night as John Doe.", 1),
        ("A 41-year-old man fatally shot while waiting for a bus was identified today.", 1),
        ("Assailants shot and killed two sons of a traditional ruler in the town.", 2),
        ("In the town, a man driving a motorcycle was shot to death by armed men.", 1),
        ("One Mayi Mayi was killed and the police drove off the assailants.", 1),
    ],
)
def test_toll_shapes(text, killed):
    assert claims_of(text).totals[Outcome.KILLED].best == killed


@pytest.mark.parametrize(
    "text",
    [
        "Police executed a search warrant at the home on Tuesday.",
        "A crowd of more than 50 people chanted at the site where a boy was shot last week.",
        "Residents protested over the killing of a trader by gunmen last week.",
        "Youths protested on Friday following the killing of a trader by gunmen.",
        "Image 1 of / 4 Caption Close Image 2 of 4 Seattle police were killed in the game.",
        "This is the second murder of February in the city.",
        "Officers found a man who had been shot twice and a dog that had been shot and killed.",
    ],
)
def test_not_a_killing(text):
    ex = claims_of(text)
    assert Outcome.KILLED not in ex.totals
    assert ex.totals.get(Outcome.WOUNDED) is None or ex.totals[Outcome.WOUNDED].best == 1


@pytest.mark.parametrize(
    "text,wounded",
    [
        ("Officers arrived and found an adult man with a single gunshot wound.", 1),
        ("When they arrived, they found two people with gunshot wounds.", 2),
        ("Deputies are investigating a shooting that left a man in the hospital.", 1),
        ("After the shooting, police rushed him to the university hospital.", 1),
        ("Police transported him to the hospital for an evaluation.", 0),
        ("A 27-year-old man accidentally shot himself through his arm.", 1),
        ("Two men were shot near the park late Wednesday, police said.", 2),
        ("A double shooting left one man dead and injured another.", 1),
        ("The victim was hit in the groin and collapsed between two cars.", 1),
        ("A 29-year-old female was shot in each of her arms.", 1),
        ("Six other people were treated for gunshot wounds at a hospital.", 6),
        ("A man was hit by a car on Main Street.", 0),
        ("The officer was treated for minor injuries and returned to duty.", 0),
        ("The drive-by shooting also injured a 57-year-old man, police said.", 1),
        ("After the shooting an ambulance took the 47-year-old man to the hospital.", 1),
        ("The victims were airlifted to local hospitals after the shooting.", 0),
        ("After the crash it was discovered she had a gunshot wound.", 0),
        ("Police found that the woman had a gunshot wound to her leg.", 1),
        # "shot at" a place or time is a wound; "shot at" people or cars is firing at them
        ("A man was shot at a gas station on Main Street on Friday.", 1),
        ("Two men were shot at about 9 p.m. on Friday.", 2),
        ("A man was shot at least twice on Friday.", 1),
        ("Two off-duty officers shot at some suspected carjackers outside a bar.", 0),
        ("A man was shot at by officers on Friday but was not hit.", 0),
        ("Two women in their 20s were also shot, the chief said.", 2),
        ("A woman kept calling 911 saying her nephew had been injured.", 1),
        ("Police did not believe that the victim had actually been shot.", 0),
        ("Deputies said there are no reports that either person was hurt.", 0),
        ("No one else was hurt, but a man was shot in the leg.", 1),
        ("A resident called police to report that his house was struck by gunfire.", 0),
        # bullets and gun butts that strike people, self-inflicted wounds, conditions
        ("One person is in stable condition at a hospital following a shooting outside a "
         "restaurant.", 1),
        ("A woman is recovering after accidentally shooting herself in the leg on Monday.", 1),
        ("Deputies found the woman with a self-inflicted gunshot wound to her legs.", 1),
        ("A man was found deceased in his apartment with a self-inflicted gunshot wound.", 0),
        ("Gordon pulled out a handgun and fired one shot, which struck Quinones in the "
         "chest.", 1),
        ("The gun discharged and a projectile struck the man in the groin, deputies said.", 1),
        ("Another robber struck him in the face with the butt of a shotgun.", 1),
        ("The shotgun pellets grazed the woman, who was not the intended target.", 1),
        ("Upon arrival they located a 42-year-old male with what appeared to be gunshot "
         "wounds to his body.", 1),
        ("His car struck the officer and knocked him to the ground.", 0),
        ("Four other males, between the ages of 16-18 were also injured.", 4),
        ("Neither Melissa, Chris nor their three children were injured in the incident.", 0),
        ("He was also accused of shooting at three people on Wednesday night.", 0),
        ("She injured her back jumping out of a window to escape.", 0),
        ("A 14-year-old girl — believed by police to have been an innocent bystander — was "
         "shot in the stomach.", 1),
        ("Kristopher Doe, 20, was grazed and survived.", 1),
        ("Another man and woman were wounded, according to the district attorney.", 2),
        ("A man suspected of shooting and wounding two employees of a motel during a "
         "confrontation on Monday has been arrested, police said.", 2),
        ("One resident had minor injuries as a result of the pistol-whipping.", 1),
        ("A man suffered a cut on his head after another man hit him with a shotgun's "
         "handle.", 1),
        ("A man drove himself to the hospital after he was apparently struck by a bullet.",
         1),
        ("Police responded to a shooting. He had suffered a self-inflicted gunshot wound and "
         "was taken to a hospital.", 1),
        ("Police responded to a shooting at the house. Doe was taken to a hospital with "
         "injuries believed to be non-life threatening.", 1),
        ("Police said the man was shot with either a 9 mm or .40 caliber gun.", 1),
        ("The victim was taken to a medical center in serious condition after the "
         "shooting.", 1),
        ("Police are investigating shots fired. He was taken to a medical center for a "
         "psychiatric evaluation.", 0),
        ("Deputies said one of the men had been accidentally shot in the back.", 1),
        ("The robber struck the counter with the gun while he was gesturing.", 0),
        # in a story that opens on a shooting, injuries and hospital conditions are wounds
        ("Police are investigating a shooting on Glasgow Drive. The victim sustained "
         "non-life-threatening injuries.", 1),
        ("Police are investigating a shooting on Main Street. The man's injuries were not "
         "considered life-threatening, police said.", 1),
        ("Police are investigating a shooting on Main Street. He was taken to the hospital, "
         "where he was listed in stable condition.", 1),
        ("Gunshots rang out in a neighborhood Wednesday night sending one person to the "
         "hospital.", 1),
        ("Investigators are working to find who shot and injured a 3-year-old on Saturday.", 1),
        ("The council met on Monday. He was listed in stable condition on Tuesday.", 0),
        ("Police are investigating a shooting. Three of the victims are in serious "
         "condition.", 0),
        # injuries suffered in an act of violence the sentence names, in any story
        ("A policeman suffered injuries in the blast.", 1),
        ("A civilian sustained serious injuries in the shelling on Tuesday.", 1),
        ("The driver suffered no injuries in the attack.", 0),
        ("None of the passengers sustained injuries in the attack.", 0),
        ("The driver suffered injuries when his car overturned.", 0),
        # minor injuries are injuries, in a story about a shooting
        ("A man fired a shotgun at police on Wednesday. The man, who told officers he is "
         "homeless, suffered minor injuries in the incident.", 1),
    ],
)
def test_wounds_without_a_wound_verb(text, wounded):
    t = claims_of(text).totals.get(Outcome.WOUNDED)
    assert (t.best if t else 0) == wounded


def test_a_victim_shot_dead_is_not_also_wounded():
    ex = claims_of("A man was shot on Main Street on Friday. He died at the hospital.")
    assert ex.totals[Outcome.KILLED].best == 1
    assert Outcome.WOUNDED not in ex.totals


def test_missing_found_alive_is_not_a_casualty():
    assert claims_of("The minister said 33 missing soldiers had been found alive.").claims == ()


def test_plural_noun_is_not_a_speech_verb():
    ex = claims_of("At least 47 villagers were killed in Borno, one of the three most-hit "
                   "states by the group, a local security source said.")
    assert ex.claims[0].source.name == "a local security source"


def test_so_far_is_cumulative():
    ex = claims_of("The group has so far killed more than 13,000 people in the region.")
    assert ex.claims[0].scope.value == "cumulative"


@pytest.mark.parametrize("text", [
    "Russia's full-scale invasion has killed more than 10,000 civilians, according to the UN.",
    "More than 10,000 civilians have been killed in the war, the UN says.",
    "Israel's offensive since a cross-border attack by Hamas on Oct. 7 has killed at least "
    "18,412 people.",
])
def test_an_ongoing_campaigns_toll_in_thousands_is_cumulative(text):
    (c,) = claims_of(text).claims
    assert c.scope == Scope.CUMULATIVE


def test_an_offensives_toll_of_a_dozen_is_still_an_event():
    (c,) = claims_of("The offensive has killed 12 people, officials said.").claims
    assert c.scope == Scope.EVENT


def test_bombers_in_addition_to_the_dead_and_wounded_died_with_the_dead():
    ex = claims_of("At least 30 people were killed and 47 others were wounded in the blasts, "
                   "in addition to the two bombers.")
    assert killed_wounded(ex) == (32, 47)


@pytest.mark.parametrize("text", [
    "A missile strike killed 11 people in Kramatorsk. Two children, aged 7 and 12, were "
    "among the dead.",
    "A missile strike killed 11 people in Kramatorsk. Two of the dead were in the town of "
    "Kostiantynivka.",
    # a part told in another town is still inside its whole, never added to it
    "BEIRUT (AFP) - Air strikes killed 11 civilians in Eastern Ghouta on Monday, a monitor "
    "said. The Syrian Observatory for Human Rights said two of the dead were in the town of "
    "Douma.",
])
def test_parts_told_after_their_whole_are_inside_it(text):
    ex = claims_of(text)
    whole, part = ex.claims
    assert (part.figure.best, part.part_of) == (2, whole.id)
    assert ex.totals[Outcome.KILLED].best == 11


def test_a_numbered_group_and_the_names_with_ages_that_follow_are_one_figure():
    ex = claims_of("Two brothers, Jamal Doe, 22, and Andre Doe, 19, were shot to death.")
    assert [c.figure.best for c in ex.claims] == [2]


@pytest.mark.parametrize("text, parts", [
    # (the first of these stopped the whole article with E199 in totals)
    ("Gunmen attacked the village on Monday, killing 21 people. His wife and three children "
     "were among those killed.", [1, 3]),
    ("Gunmen killed 21 people on Monday. His wife was among those killed.", [1]),
    ("Gunmen killed 21 people on Monday. A policeman and three children were among those "
     "killed.", [1, 3]),
])
def test_people_among_a_toll_told_before_are_parts_of_it(text, parts):
    ex = claims_of(text)
    whole, *rest = ex.claims
    assert ex.rejection is None
    assert [(c.figure.best, c.part_of) for c in rest] == [(n, whole.id) for n in parts]
    t = ex.totals[Outcome.KILLED]
    assert (t.low, t.best, t.high) == (21, 21, 21)


@pytest.mark.parametrize("text, killed", [
    ("Three more bodies were found on Tuesday.", 3),
    # the more bodies are inside the toll they raised
    ("The death toll had risen to 11 after two more bodies were found in the hills.", 11),
    ("The number of people killed in the raid rose to 14 on Thursday, after residents "
     "found two more bodies in a wooded area.", 14),
])
def test_more_bodies_found(text, killed):
    ex = claims_of(text)
    assert ex.totals[Outcome.KILLED].best == killed
    assert [c.figure.best for c in ex.claims] == [killed]


def test_a_bare_competing_figure_at_the_sentence_end_is_another_tellers():
    ex = claims_of("A local source reported 7 dead while the army said 12.")
    assert [(c.figure.best, c.source.name) for c in ex.claims] == [
        (7, "A local source"), (12, "the army")]
    assert claims_of("He was 17, his mother said 2.").claims == ()


def test_a_toll_put_as_high_as_a_figure_is_its_ceiling():
    (c,) = claims_of("Some researchers put the toll as high as 150,000.").claims
    assert (c.outcome, c.figure.qualifier.value, c.figure.high) == (Outcome.KILLED, "up_to",
                                                                    150000)


@pytest.mark.parametrize("text, arrested", [
    ("He had been arrested twice before on charges of assaulting her, according to the "
     "records.", 0),
    ("Police records show that since Jan. 1, he has been arrested three times.", 0),
    ("The man had been arrested before for possession of drugs.", 0),
    ("The suspect was arrested before dawn.", 1),
])
def test_a_record_of_past_arrests_is_no_arrest(text, arrested):
    assert sum(c.figure.best for c in claims_of(text).claims
               if c.outcome == Outcome.ARRESTED) == arrested


@pytest.mark.parametrize("text, outcome, best", [
    ("Three of four people were killed in the attack.", Outcome.KILLED, 3),
    ("Officials said two of five hostages were killed.", Outcome.KILLED, 2),
    ("The sheriff says three of four suspects were arrested.", Outcome.ARRESTED, 3),
    ("Officials said two of the five hostages were killed.", Outcome.KILLED, 2),
    ("Marines rescued two of five fishermen abducted by gunmen off the island.",
     Outcome.ABDUCTED, 5),
    # the one named is among the group: the group is the count
    ("Foster was one of five people shot Thursday.", Outcome.WOUNDED, 5),
    ("A teacher was one of seven people arrested in the investigation.", Outcome.ARRESTED, 7),
])
def test_some_of_a_numbered_group_without_an_article(text, outcome, best):
    assert [(c.outcome, c.figure.best) for c in claims_of(text).claims] == [(outcome, best)]


@pytest.mark.parametrize("text, outcome, best", [
    # a relative clause that tells the fate of the people it hangs on
    ("Residents mourned 12 people who died in the attack.", Outcome.KILLED, 12),
    ("Police are searching for three children who disappeared on Monday.", Outcome.MISSING,
     3),
    ("A search is on for two farmers who went missing late on Friday.", Outcome.MISSING, 2),
    ("A search is on for two farmers from Kwakta who went missing late on Friday.",
     Outcome.MISSING, 2),
    # a relative clause past a phrase of time, then the subject's own verb
    ("Two gunmen who opened fire on survivors after the blast were shot dead by police.",
     Outcome.KILLED, 2),
    ("Three people who died of cholera were buried.", None, 0),
])
def test_fates_told_in_relative_clauses(text, outcome, best):
    got = [(c.outcome, c.figure.best) for c in claims_of(text).claims]
    assert got == ([(outcome, best)] if outcome else [])


@pytest.mark.parametrize("text, arrested", [
    ("Two men are in custody, and we believe that is everyone who was involved.", 2),
    ("Three suspects remain in custody.", 3),
    ("The sheriff says three of four suspects are now in custody.", 3),
    ("Two inmates who died in custody were buried on Monday.", 0),
])
def test_people_in_custody_are_arrested(text, arrested):
    assert sum(c.figure.best for c in claims_of(text).claims
               if c.outcome == Outcome.ARRESTED) == arrested


@pytest.mark.parametrize("text, wounded, arrested", [
    ("A suspect was injured and apprehended by officers after the shootout.", 1, 1),
    ("Two gunmen were shot and arrested by police.", 2, 2),
    ("Three suspects were wounded and later taken into custody.", 3, 3),
    ("One man died and the other one was injured and arrested.", 1, 1),
    ("Two gunmen were shot and fled before police arrived.", 2, 0),
    ("Two men were arrested and one was wounded.", 1, 2),
])
def test_the_wounded_arrested_are_two_claims_of_the_same_people(text, wounded, arrested):
    ex = claims_of(text)
    assert (sum(c.figure.best for c in ex.claims if c.outcome == Outcome.WOUNDED),
            sum(c.figure.best for c in ex.claims if c.outcome == Outcome.ARRESTED)) == (
        wounded, arrested)


@pytest.mark.parametrize("text, vtype", [
    ("The number of people killed in a police operation rose to 14 on Thursday.",
     VictimType.UNKNOWN),
    ("The death toll from the police raid rose to 9.", VictimType.UNKNOWN),
    ("The number of police killed in the ambush rose to 9.", VictimType.COMBATANTS),
])
def test_who_ran_the_operation_is_no_victim_of_its_toll(text, vtype):
    (c,) = claims_of(text).claims
    assert c.victims.type == vtype


def test_a_tally_through_a_day_of_this_month_is_cumulative():
    ex = claims_of("Through Friday, 14 people had been killed and 23 wounded by gunfire in the "
                   "city this month.")  # published Monday 11 March 2024
    assert [(c.figure.best, c.scope.value, c.date.start, c.date.end) for c in ex.claims] == [
        (14, "cumulative", "2024-03-01", "2024-03-08"),
        (23, "cumulative", "2024-03-01", "2024-03-08")]
    assert ex.totals == {}


@pytest.mark.parametrize("text", [
    "The military put the death toll at seven.",
    "Police had earlier put the toll at 15.",
    "A doctor at the town's main hospital put the death toll at 11.",
])
def test_who_put_the_toll_at_a_figure_is_its_source_not_its_victims(text):
    (c,) = claims_of(text).claims
    assert (c.victims.type, c.victims.actor) == (VictimType.UNKNOWN, None)
    assert c.source is not None and c.source.name.split()[-1].lower() in text.lower()


def test_toll_names_its_victims_before_the_number():
    ex = claims_of("The fighting also killed 11 soldiers, the monitor said, while state media "
                   "put the number of army dead at six.")
    assert [c.victims.actor for c in ex.claims] == ["soldiers", "soldiers"]
    assert ex.totals[Outcome.KILLED].best == 11 and ex.totals[Outcome.KILLED].low == 6


def test_a_tolls_military_offensive_killed_no_soldiers():
    ex = claims_of("The death toll from Israel's ongoing military offensive on the Gaza Strip "
                   "has climbed to 1,031, the health ministry said.")
    assert ex.claims[0].victims.type.value != "combatants"


@pytest.mark.parametrize(
    "text",
    [
        "A man who had threatened to harm his family and kill himself surrendered peacefully.",
        "He was convicted of attempted murder of two people in 2014.",
        "Training likely prevented a suspect from killing himself.",
        "He had been saying for a week that he was going to kill himself.",
        "He was booked on charges of attempted first-degree murder of a police officer.",
    ],
)
def test_unrealised_killings(text):
    assert Outcome.KILLED not in claims_of(text).totals


def test_victim_phrase_ends_at_a_function_word():
    # Regression: "killing three before police shot him" read "three ... police" as one
    # phrase and the three as wounded police.
    ex = claims_of("He went over the edge, killing three before police shot him to death.")
    three = next(c for c in ex.claims if c.value == 3)
    assert three.outcome == Outcome.KILLED and three.victims.actor is None



@pytest.mark.parametrize(
    "text",
    [
        "Nationwide, 15,151 injuries from air guns were reported in 2012, the agency said.",
        "In December, we tracked 82 shooting incidents which left 95 people wounded.",
        "Police said 40 people were shot in the city in 2012.",
    ],
)
def test_old_and_nationwide_figures_stay_out_of_the_totals(text):
    # published 2014-02-12: a year or a month that ended over 30 days before is background
    ex = claims_of(text, published=date(2014, 2, 12))
    assert ex.claims and Outcome.WOUNDED not in ex.totals


def test_a_seven_digit_identifier_is_no_count():
    ex = claims_of("Both officers were placed on leave pending the investigations.10367696 "
                   "Two officers were hurt.")
    assert ex.totals[Outcome.WOUNDED].best == 2


@pytest.mark.parametrize(
    "text,killed,wounded",
    [
        # those shot are the dead and the wounded
        ("Police say four people were shot, one fatally, at the park on Wednesday.", 1, 3),
        ("Four men were shot and one of them was killed in the city on Saturday night.", 1, 3),
        ("Three men were shot, two of them fatally, on Friday.", 2, 1),
        ("Two men were shot, both fatally, on Friday.", 2, 0),
        ("Two people were shot through a back window at a home, and one died.", 1, 1),
        ("Two people were fatally shot Sunday night in the northwest of the city.", 2, 0),
        ("The shooting of five people left two dead.", 2, 3),
        ("A shooting near a party left a man dead. Deputies learned that the two male victims "
         "had been shot near the party.", 1, 1),
        ("A man was shot and killed on Main Street. Two other men were shot nearby.", 1, 2),
        ("Seven people were shot over the weekend and two died.", 2, 5),
        ("Police arrested a suspect in the shooting of five people at a club.", 0, 5),
        ("Daniels is accused of shooting two boys on Thursday.", 0, 2),
        ("Daniels is accused of shooting two 17-year-old boys and a 45-year-old woman.", 0, 3),
        ("Gunmen killed two soldiers and a civilian in the town.", 3, 0),
        ("Gunmen killed two people and a soldier in the town.", 3, 0),
        ("Two soldiers were killed and a civilian was wounded.", 2, 1),
        # murder-suicides: the killer's death is counted on top of his victims'
        ("A man fatally shot his wife and then himself on Friday, officials said.", 2, 0),
        ("Police say a man fatally shot his mother's fiance before turning the gun on "
         "himself.", 2, 0),
        ("He shot his girlfriend and then took his own life.", 1, 1),
        ("He turned the gun on himself but survived.", 0, 0),
        ("Police are investigating a possible murder-suicide in the township.", 2, 0),
        ("A professor was seriously injured in what appeared to be an attempted "
         "murder-suicide.", 0, 1),
        ("A man shot himself in his truck. He killed himself out of grief, his uncle said.",
         1, 0),
        # deaths named as nouns
        ("Police found Jane Roe and John Doe shot dead in the home.", 2, 0),
        ("A man was charged following the shooting deaths of a man and woman on Wednesday.",
         2, 0),
        ("The shooting, which took the life of 25-year-old John Doe, occurred at 1 p.m.", 1,
         0),
        ("A man who was shot in the stomach following an attempted robbery Monday night "
         "passed away Tuesday morning.", 1, 0),
        ("Authorities have released the name of a man shot to death inside a home Monday.",
         1, 0),
        # a reduced passive of a wound: the one hurt, not one who hurt someone
        ("A 10-year-old boy injured in the shooting told officers the gunman was his uncle.",
         0, 1),
        ("A woman wounded during the robbery described the gunman to police.", 0, 1),
        ("The woman wasn't injured in the robbery.", 0, 0),
        ("A deputy injured in the shootout was treated at a hospital.", 0, 1),
        ("The officer injured his hand while climbing a fence.", 0, 0),
        # a graze is a wound, with or without the bullet told
        ("Two men were grazed.", 0, 2),
        # fired at, then hit
        ("Two men were shot at and wounded near the market.", 0, 2),
        ("A 45-year-old man was shot at and injured in the town.", 0, 1),
        ("Two men were shot at and missed.", 0, 0),
        # some of those taken, found dead: dead, not taken again
        ("Three of the 11 people abducted from a ranch in Fresnillo, Zacatecas, over the "
         "weekend have been found dead, prosecutors said.", 3, 0),
        # a part in an aside before "lost their lives"
        ("Five soldiers, including an officer, lost their lives.", 5, 0),
        # fallen on duty: dead
        ('"Two of our members fell in the line of duty," the group said.', 2, 0),
        # cared for in a hospital: hurt, unless for shock or smoke or from a road crash
        ("Five people were being treated in hospital after the blast in Quetta.", 0, 5),
        ("Four people were receiving treatment at Lahore General Hospital.", 0, 4),
        ("Two victims were treated at a local hospital and released.", 0, 2),
        ("Two women were treated in hospital for shock after the blast.", 0, 0),
        ("One man involved in the wreck was treated at a hospital for minor injuries.", 0, 0),
        ("Two men were treated at the scene and declined to go to hospital.", 0, 0),
        ("Two men were not grazed.", 0, 0),
    ],
)
def test_killed_and_wounded_totals(text, killed, wounded):
    assert killed_wounded(claims_of(text)) == (killed, wounded)


@pytest.mark.parametrize(
    "text",
    [
        "Five people were injured in separate shootings in the city on Sunday, police said.",
        "Two teens were shot Sunday in separate North and West side shootings.",
        "Police are investigating two overnight shootings that left two men with wounds.",
        "Eight people were wounded in shootings across the city since Friday night.",
        "It followed a weekend of violence in which seven people were shot.",
    ],
)
def test_figures_over_several_incidents_are_area_totals(text):
    ex = claims_of(text)
    assert ex.claims and {c.scope.value for c in ex.claims} == {"area_total"}
    assert Outcome.WOUNDED not in ex.totals


def test_a_toll_across_both_attacks_is_an_area_total_with_a_share():
    # (the report's share of it: see test_pipeline's test_a_toll_shared_by_several_incidents)
    ex = claims_of("At least one person was injured across both attacks.")
    assert {c.scope.value for c in ex.claims} == {"area_total"}
    t = ex.totals[Outcome.WOUNDED]
    assert (t.low, t.best, t.high) == (0, 1, 1)


def test_a_man_and_the_men_are_one_group():
    ex = claims_of("Four men were shot and one of them was killed. Officers found a man dead "
                   "on the sidewalk nearby.")
    assert ex.totals[Outcome.KILLED].best == 1


@pytest.mark.parametrize(
    "text",
    [
        "Police are investigating a robbery on Main Street. RELATED: Boy shot near "
        "playground on Sunday dies",
        "Police are investigating a robbery on Main Street. More: Two charged with murder "
        "in death of 15-month-old child",
        "Police are investigating a robbery. Related Articles Fremont cops kill suspect who "
        "ambushed an officer",
    ],
)
def test_links_to_other_stories_are_no_claims(text):
    assert claims_of(text).claims == ()


@pytest.mark.parametrize(
    "text",
    [
        "Eighteen people have been killed this year, though the city has gone six days "
        "without a homicide.",
        "The city's year-to-date homicide totals climbed, with 26 people killed.",
        "Six people had been killed during the same period last year.",
        "Our latest count of gunshot victims this month now includes 24 dead.",
    ],
)
def test_running_tallies_are_cumulative(text):
    ex = claims_of(text)
    assert ex.claims and all(c.scope.value == "cumulative" for c in ex.claims)
    assert Outcome.KILLED not in ex.totals


def test_an_attack_counted_this_month_is_still_an_event():
    ex = claims_of("A car bomb exploded on Tuesday, killing at least six people, in the "
                   "second such attack in the capital this month.")
    assert ex.claims[0].scope.value == "event"


@pytest.mark.parametrize(
    "text,wounded",
    [
        ("A man was struck in the leg and a woman was struck in the arm, police said.", 2),
        ("Police found a 24-year-old man who had been shot in the chest and a 16-year-old "
         "male who had been shot in the foot.", 2),
        # the same person named twice (a headline run into the lead) is one person
        ("19-year-old man shot in Gary A 19-year-old man was shot Sunday afternoon.", 1),
        ("A man was shot in the leg. The man was taken to a hospital.", 1),
        ("Jane Roe was shot in the arm and John Doe was shot in the leg on Friday.", 2),
        # a name may be the man already counted
        ("Police responded for a man shot in an apartment and found Jack Doe shot in a van.",
         1),
    ],
)
def test_people_named_apart_in_one_sentence_add_up(text, wounded):
    assert claims_of(text).totals[Outcome.WOUNDED].best == wounded


@pytest.mark.parametrize(
    "text",
    [
        "One man was killed and another wounded Monday night in a shooting downtown.",
        "One man was shot and killed and a woman wounded after a shooting Tuesday night.",
        "One man is dead and another hospitalized after a shooting at a nightclub.",
        "A man was found fatally shot on Friday. A second victim was shot in the leg.",
        "Deputies found one man dead and another seriously wounded.",
        "A man told a dispatcher he shot his wife and that she was still alive, then he "
        "killed himself.",
        "Emma Doe had been shot in the hand. Officers shot and killed the suspect.",
        # a survivor's wound is not the death counted in the first sentence
        "One man was killed in a shooting on Saturday. The wounded man's injuries were not "
        "life-threatening, police said.",
    ],
)
def test_one_dead_and_another_wounded(text):
    t = claims_of(text).totals
    assert (t[Outcome.KILLED].best, t[Outcome.WOUNDED].best) == (1, 1)


def test_a_subset_stays_with_its_parent_after_a_singular_before_it():
    ex = claims_of("A civilian was killed in the town, and 56 rebels died, six of them on "
                   "Monday.")
    by_value = {c.value: c for c in ex.claims}
    assert by_value[6].part_of == by_value[56].id


def test_dead_either_way_in_an_open_question():
    t = claims_of("Police are trying to figure out whether it was a double suicide or a "
                  "murder-suicide.").totals
    assert t[Outcome.KILLED].best == 2


def test_both_named_victims_are_two():
    t = claims_of("Both victims, identified as Jane Roe and John Doe, were shot in the head "
                  "on Friday.").totals
    assert t[Outcome.WOUNDED].best == 2


@pytest.mark.parametrize(
    "text,wounded",
    [
        ("Two of the victims were hit in the head with pistols during the robbery.", 2),
        ("Two people were struck by gunfire on Friday night.", 2),
        ("A gunman pistol whipped a man on the Westside and stole his car.", 1),
        ("The suspects pistol-whipped one of the men inside and tied him up.", 1),
        ("The victim was pistol whipped during the robbery.", 1),
        # a modal before the blow, but only in its own clause
        ("She was trying to leave when the man struck her with a .40 caliber pistol.", 1),
        # "three" is a number, not a person noun ending like "employee"
        ("The robber then hit all three women in the head with his small silver handgun.", 3),
    ],
)
def test_blows_with_a_gun_are_wounds(text, wounded):
    assert claims_of(text).totals[Outcome.WOUNDED].best == wounded


def test_a_blow_only_tried_is_no_wound():
    ex = claims_of("One of the robbers jumped over the counter and tried to pistol-whip a "
                   "store owner.")
    assert [c for c in ex.claims if c.outcome == Outcome.WOUNDED] == []


@pytest.mark.parametrize(
    "text,wounded",
    [
        ("Officers are investigating the shooting of a 16-year-old boy on Saturday.", 1),
        ("Police investigate a double shooting. Both victims are expected to survive.", 2),
        ('Fred "Trey" Doe, 25, suffered a gunshot wound in the abdomen, relatives said.', 1),
        # a person joined to a numbered object adds to it in its sentence; that sum
        # competes with the other sentences' figures instead of adding on top of them
        ("Police arrested a man in connection with a triple shooting last week. The man is "
         "accused of shooting two boys and a woman on Thursday.", 3),
        # "another" is other than the suspect here, not a second victim
        ("Deputies picked up a man in connection with the shooting of another man in the "
         "leg. The gunman shot him in the right thigh.", 1),
    ],
)
def test_people_shot_named_by_the_shooting(text, wounded):
    assert claims_of(text).totals[Outcome.WOUNDED].best == wounded


def test_one_civilian_named_by_different_roles_across_sentences_is_one():
    t = claims_of("Police arrested a man accused of shooting his girlfriend in the abdomen on "
                  "Saturday. Dispatchers received a report of a woman who had been shot. She "
                  "was in stable condition on Monday.").totals
    assert t[Outcome.WOUNDED].best == 1


def test_those_who_shoot_are_not_those_shot():
    ex = claims_of("Three police officers shot and injured a suspect on Tuesday night after the "
                   "suspect first shot at officers, police said.")
    assert ex.totals[Outcome.WOUNDED].best == 1


def test_people_shot_at_different_locations_are_an_area_total():
    ex = claims_of("Two men were shot at different locations on Thursday night.")
    assert [c.scope.value for c in ex.claims] == ["area_total"]


def test_a_house_number_before_a_run_on_sentence_is_no_count():
    ex = claims_of("The shooting happened outside an apartment complex at 201 Lightner Lane He "
                   "is being treated for injuries.")
    assert [c.value for c in ex.claims] == [1]


@pytest.mark.parametrize(
    "text",
    [
        "He was hospitalized in critical condition, and passed away from his injuries "
        "Saturday.",
        "He was wounded in the attack and died on Sunday.",
    ],
)
def test_the_one_hurt_who_then_died_is_dead_not_wounded(text):
    t = claims_of(text).totals
    assert t[Outcome.KILLED].best == 1 and Outcome.WOUNDED not in t


def test_a_possible_cause_is_no_open_question():
    t = claims_of("A possible dispute between neighbours has left two men dead.").totals
    assert t[Outcome.KILLED].best == 2


def test_an_age_before_year_old_is_no_count():
    t = claims_of("Officers found 32 year-old Charles Doe with an apparent gunshot wound.").totals
    assert t[Outcome.WOUNDED].best == 1


@pytest.mark.parametrize(
    "text,killed",
    [
        ("The victim staggered off the porch and was found dead in the yard, a spokesman "
         "said.", 1),
        ("A professor was seriously injured and her husband killed in what appeared to be "
         "an attempted murder-suicide.", 1),
        ("Deputies arrived and discovered that Roger Doe Jr. had been fatally shot.", 1),
        ("Officers discovered the victim, Jane Doe, a 63-year-old female, deceased from a "
         "gunshot wound.", 1),
        ("Police released the name of a 25-year-old man whose body was found in a ditch.", 1),
        ("Police investigate the scene of a homicide at the intersection on Saturday.", 1),
    ],
)
def test_deaths_told_around_the_victim(text, killed):
    assert claims_of(text).totals[Outcome.KILLED].best == killed


@pytest.mark.parametrize(
    "sentence",
    [
        "The men fled and were found dead later.",  # plural: how many is not said
        "Homicide detectives are investigating the shooting.",
        "The homicide rate rose last year.",
    ],
)
def test_no_single_death_read_into(sentence):
    assert Outcome.KILLED not in claims_of(sentence).totals


@pytest.mark.parametrize(
    "text,killed",
    [
        ("Michael Doe is wanted for murder in the Feb. 2 death of John Roe Jr. in the town.",
         1),
        ("Autopsies revealed both Germany and Stone were shot to death.", 2),
        ("He said the two deaths have shaken the town, a school of nearly 2,000 students.", 2),
        ("Hours earlier, police said, two officers shot and killed John Doe, 19, of Oakland.",
         1),
        ("A family dispute ended with one man dead, his daughter in the hospital and three "
         "police officers on administrative leave.", 1),
    ],
)
def test_numbers_beside_a_death_that_count_no_dead(text, killed):
    assert claims_of(text).totals[Outcome.KILLED].best == killed


@pytest.mark.parametrize(
    "sentence",
    [
        "The shooting is the latest in the town, which has seen four people killed in less "
        "than a week.",
        "In both car jackings the victims were shot, but both are expected to survive.",
    ],
)
def test_runs_of_incidents_are_not_one_event(sentence):
    ex = claims_of(sentence)
    assert all(c.scope.value != "event" for c in ex.claims) and not ex.totals


@pytest.mark.parametrize(
    "text,killed",
    [
        ("At least three suicide bombers were killed in the town.", 3),
        ("Two suicide bombers attempted to attack the town. One of the assailants detonated "
         "while the other was killed by security forces.", 2),
        ("Two female suicide bombers were pursued into a house. Both assailants detonated, "
         "killing themselves and a civilian.", 3),
        ("A suicide bomber detonated in the market. The assailant was the only reported "
         "casualty.", 1),
        ("Three suicide bombers were seen in the town. The three assailants detonated before "
         "security forces could intervene, killing at least four people.", 7),
        ("Two female suicide bombers attacked a market. One assailant detonated, killing "
         "herself and wounding four people, while the second assailant was shot and killed.",
         2),
        # the toll already holds the attackers
        ("A suicide bomber detonated a vehicle at the base. Eleven people, including four "
         "assailants and seven soldiers, were killed in this incident.", 11),
        ("A suicide bomber detonated in a crowd. At least five people were killed, including "
         "the assailant.", 5),
        ("A suicide bomber detonated a device in front of a mosque. Six children were killed, "
         "including the assailant, and two others were injured.", 6),
        ("Two suicide bombers attacked. One assailant was shot and killed and the second "
         "detonated but there were no other reported casualties.", 2),
        ("Two suicide bombers attacked. One assailant was shot and killed by soldiers and the "
         "second assailant detonated, causing no additional casualties.", 2),
        ("Government forces responded and five hostages died in the ensuing clashes along "
         "with 27 assailants.", 32),
    ],
)
def test_suicide_bombers_who_detonated_are_dead(text, killed):
    assert claims_of(text).totals[Outcome.KILLED].best == killed


@pytest.mark.parametrize(
    "text,killed,wounded",
    [
        ("One soldier was killed and another was injured in the attack.", 1, 1),
        # the assailant was injured too (GTD codes it so)
        ("In addition to the assailant, the police officer was injured in the attack.", 0, 2),
        ("The victim was beaten and stabbed in the attack.", 0, 1),
        ("He was stabbed and died at the hospital.", 1, 0),
    ],
)
def test_second_victims_and_wounds_by_blade_or_blows(text, killed, wounded):
    assert killed_wounded(claims_of(text)) == (killed, wounded)


@pytest.mark.parametrize(
    "text,killed",
    [
        ("On 5 May 2020, the army carried out an operation, leaving 2 IS militants dead.", 2),
        ("56 BH/IS fighters were killed in the bombardment.", 56),
        ("Four Communist Party of India-Maoist (CPI-Maoist) cadres and a Police "
         "Sub-Inspector were killed in an exchange of fire.", 5),
        ("Air raids hit the area, killing four citizens, including a child.", 4),
        ("One man and a woman were killed in the attack.", 2),
        ("The four assailants and a civilian were killed.", 5),
        ("Two soldiers and six assailants were killed.", 8),
    ],
)
def test_conflict_note_shapes(text, killed):
    assert claims_of(text).totals[Outcome.KILLED].best == killed


@pytest.mark.parametrize(
    "text,outcome,best",
    [
        ("Three rangers and a woman who was riding past were injured when the bomb went "
         "off.", Outcome.WOUNDED, 4),
        ("Two policemen and a boy who was selling tea were killed in the blast.",
         Outcome.KILLED, 3),
    ],
)
def test_a_relative_clause_on_the_second_item_of_the_subject(text, outcome, best):
    # the clause "who was riding past" is on "a woman", and "were injured" is the verb of
    # both items
    ex = claims_of(text)
    assert ex.totals[outcome].best == best
    assert len(ex.claims) == 2


def test_a_killing_that_others_are_suspected_of_is_a_cause():
    ex = claims_of("Armed men cut off the road to pressure authorities for the arrest of "
                   "those involved in the killing of a citizen in the area.")
    assert Outcome.KILLED not in ex.totals


@pytest.mark.parametrize(
    "text,outcome,value",
    [
        ("An airstrike killed 16 Taliban Red Unit militants, including a commander.",
         "killed", 16),
        ("Soldiers killed at least 12 Sudanese Misseriya at an unspecified area.", "killed",
         12),
        ("The border guard force shot two men to death and seized the pills.", "killed", 2),
        ("Unidentified gunmen shot dead a regime's 1st lieutenant in the city.", "killed", 1),
        ("Gunmen shot two women, killing one of them, on Monday night.", "killed", 1),
        ("Gunmen shot two women, killing one of them, on Monday night.", "wounded", 1),
    ],
)
def test_active_verbs_before_their_victims(text, outcome, value):
    assert claims_of(text).totals[Outcome(outcome)].best == value


@pytest.mark.parametrize(
    "sentence",
    [
        "He came around the vehicle and shot 2 more times, then walked away.",
        "He then fired a second shot at two other officers approaching.",
        "The army destroyed 5 Toyota pickups in the raid.",
    ],
)
def test_shots_that_hit_no_one(sentence):
    assert not claims_of(sentence).totals


@pytest.mark.parametrize(
    "text",
    [
        "On 5 May 2020, a Dalit Congress sarpanch was attacked and beaten to death.",
        "A private security guard stabbed a man to death over the regulations.",
        "Troops detained and tortured a Lakesinpyin villager to death.",
        "A cadre of Communist Party of India-Maoist (CPI-Maoist) was killed in the clash.",
        "The Taliban district head of intelligence was killed in an operation by police.",
        "Soldiers clashed with militias around Zaki Biam and killed a militia leader.",
    ],
)
def test_one_person_killed_in_a_conflict_note(text):
    ex = claims_of(text)
    assert ex.totals[Outcome.KILLED].best == 1
    assert [c.scope.value for c in ex.claims if c.outcome == Outcome.KILLED] == ["event"]


def test_a_named_groups_dead():
    assert claims_of("The group confirmed 4 PKK fatalities.").totals[Outcome.KILLED].best == 4


def test_a_death_after_a_collision_is_still_a_death():
    t = claims_of("Police say a man shot and killed himself after a four-car collision.").totals
    assert t[Outcome.KILLED].best == 1


@pytest.mark.parametrize(
    "text,killed",
    [
        ("Gunmen in the village: 20 gunmen killed 5 villagers in the raid.", 5),
        ("Around 5 May 2020, in Bacayopa, Sinaloa, a man and a woman were found dead.", 2),
        ("On 2 May 2020, an unidentified gunmen shot dead 2 civilians in front of their "
         "houses.", 2),
    ],
)
def test_agents_are_not_victims(text, killed):
    assert claims_of(text).totals[Outcome.KILLED].best == killed


@pytest.mark.parametrize(
    "sentence,agents",
    [
        ("A person who was abducted by five armed assailants was found dead.", 5),
        ("Around 100 residents lynched two armed men who were robbing people.", 100),
        ("The attack was in retaliation for the killing of 3 separatist members.", 3),
        ("They claimed that there were 6 prisoners dead due to coronavirus infection.", 6),
    ],
)
def test_agents_causes_and_illness_are_no_dead(sentence, agents):
    ex = claims_of(sentence)
    assert agents not in [c.value for c in ex.claims if c.outcome == Outcome.KILLED]


def test_the_subject_after_an_attribution_shares_the_verbs():
    t = claims_of("According to police, the victim was approached by two men and was shot "
                  "once in the leg.").totals
    assert t[Outcome.WOUNDED].best == 1


@pytest.mark.parametrize(
    "text,killed,wounded",
    [
        ("Five civilians (2 men, 2 women, and 1 child) were killed when their "
         "vehicle hit a roadside bomb.", 5, 0),
        ("At least 4 people (including 1 journalist who was reporting) as well as 2 "
         "policemen were killed and 19 (10 policemen and 9 civilians) were wounded.", 6, 19),
    ],
)
def test_breakdowns_in_parentheses_are_parts(text, killed, wounded):
    t = claims_of(text).totals
    assert (t[Outcome.KILLED].best, t.get(Outcome.WOUNDED).best if wounded else 0) == \
        (killed, wounded)


def test_a_running_total_is_cumulative():
    ex = claims_of("Three men were shot on Thursday, bringing the three-day total for gunshot "
                   "victims to two dead and seven wounded in the city.")
    assert {c.value: c.scope.value for c in ex.claims}[7] == "cumulative"


def test_a_man_found_wounded_and_two_people_running():
    t = claims_of("Officers found a 28-year-old man wounded and two people running from the "
                  "scene.").totals
    assert t[Outcome.WOUNDED].best == 1


@pytest.mark.parametrize(
    "text,child",
    [
        ("A roadside bomb struck a vehicle, killing five civilians, including two women and a "
         "small child.", "a small child"),
        ("A car bomb exploded near an army patrol, wounding 15 people, among them a soldier, "
         "doctors and police said.", "a soldier"),
    ],
)
def test_a_singular_in_an_including_list_is_a_part(text, child):
    ex = claims_of(text)
    part = next(c for c in ex.claims if c.figure.span.surface == child)
    parent = next(c for c in ex.claims if c.id == part.part_of)
    assert parent.value in (5, 15)
    assert ex.totals[parent.outcome].best == parent.value


@pytest.mark.parametrize(
    "text,killed,wounded",
    [
        ("3 civilians including a former military commander were kidnapped and killed by "
         "militants in the city.", 3, 0),
        ("The body of a regime fighter with gunshot wounds was found on the road.", 1, 0),
        ("Militants shot a civilian who was delivering water to checkpoints, resulting in his "
         "death.", 1, 0),
    ],
)
def test_deaths_told_by_their_result(text, killed, wounded):
    ex = claims_of(text)
    assert Outcome.KILLED in ex.totals
    assert killed_wounded(ex) == (killed, wounded)


def test_a_body_of_water_is_no_death():
    assert not claims_of("The body of water near the town was calm after the storm.").totals


@pytest.mark.parametrize(
    "text,outcome",
    [
        ("Carlsen was also found by deputies with a life-threatening gunshot wound to the "
         "head.", "wounded"),
        ("Edward Doe, 22, was discovered by detectives with a gunshot wound to his right hip.",
         "wounded"),
        ("The man demanded the clerk open the registers and struck the clerk in the head with "
         "the handgun.", "wounded"),
        ("Emergency responders rushed him to the hospital where he was declared dead.",
         "killed"),
    ],
)
def test_one_person_hurt_past_an_agent_or_a_role(text, outcome):
    assert claims_of(text).totals[Outcome(outcome)].best == 1


def test_a_county_is_no_person():
    t = claims_of("A teen was shot in the leg on Friday. Police said both teens are from York "
                  "County and both are in stable condition.").totals
    assert t[Outcome.WOUNDED].best == 2


@pytest.mark.parametrize(
    "text,outcome,value",
    [
        ("Nivyabandi, the Human Rights Minister, and his wife were injured in the attack.",
         "wounded", 2),
        ("Three police officers and the assailant were injured in the attack.", "wounded", 4),
        ("At least two soldiers were killed and five soldiers and an unknown number of "
         "assailants were injured in the ensuing clash.", "wounded", 5),
        ("The district head and his bodyguard were killed when their vehicle hit a bomb.",
         "killed", 2),
        ("A former Assistant Sub-Inspector and his son were attacked and shot to death.",
         "killed", 2),
    ],
)
def test_who_is_one_person_in_a_coordinated_subject(text, outcome, value):
    assert claims_of(text).totals[Outcome(outcome)].best == value


def test_injured_across_both_assaults_is_an_area_total():
    ex = claims_of("Additionally, at least 85 people were injured across both assaults.")
    assert [c.scope.value for c in ex.claims] == ["area_total"]


def test_two_people_named_by_possessives_are_two():
    ex = claims_of("The man was charged with murdering his ex-girlfriend and her new boyfriend.")
    assert ex.totals[Outcome.KILLED].best == 2


def test_killing_before_shooting_himself_is_a_murder_suicide():
    ex = claims_of("Police said Stephens shot and killed his wife before shooting himself.")
    assert ex.totals[Outcome.KILLED].best == 2


def test_a_prior_incident_referred_to_is_not_counted():
    ex = claims_of("A man was shot in the arm on Friday. The melee was retaliation for a prior "
                   "shooting that wounded Stanley Doe.")
    assert ex.totals[Outcome.WOUNDED].best == 1
    assert [c.figure.span.surface for c in ex.claims] == ["A man"]


def test_shooting_incidents_are_several():
    ex = claims_of("Shooting incidents also left three people wounded Monday in the city.")
    assert [c.scope.value for c in ex.claims] == ["area_total"]


def test_the_month_march_is_no_protest_march():
    ex = claims_of("John Doe's body was found with a gunshot wound when officers responded "
                   "March 25 to the block.")
    assert ex.totals[Outcome.KILLED].best == 1


def test_a_vehicle_driven_into_people_still_wounds():
    ex = claims_of("Ten people were injured when a truck drove into a crowd on Friday.")
    assert [(c.outcome, c.value) for c in ex.claims] == [(Outcome.WOUNDED, 10)]


def test_a_headline_in_the_present_still_kills():
    ex = claims_of("Gunmen storm a village and kill 12, officials say.")
    assert [(c.outcome, c.value) for c in ex.claims] == [(Outcome.KILLED, 12)]


def test_people_named_after_the_animals_are_the_ones_counted():
    ex = claims_of("Two dogs barked at the man and his wife. Both were shot.")
    assert [(c.outcome, c.value) for c in ex.claims] == [(Outcome.WOUNDED, 2)]


def test_a_second_death_beside_a_wound_is_one_more_person():
    ex = claims_of("One man was wounded and a second man died.")
    assert sorted((c.outcome.value, c.value) for c in ex.claims) == [("killed", 1),
                                                                      ("wounded", 1)]


def test_a_toll_of_the_event_itself_after_a_run_of_clashes_counts():
    ex = claims_of("After weeks of fighting, gunmen attacked the village, killing 12 people.")
    assert [(c.outcome.value, c.value) for c in ex.claims] == [("killed", 12)]


def test_a_killing_after_which_police_searched_still_counts():
    ex = claims_of("Police searched the area after a man was shot and killed on Main Street.")
    assert [(c.outcome.value, c.value) for c in ex.claims] == [("killed", 1)]


def test_one_arrested_and_later_released_is_no_death():
    ex = claims_of("He was arrested and later released.")
    assert [c.outcome.value for c in ex.claims] == ["arrested"]


def test_detained_and_tortured_to_death_is_a_death():
    ex = claims_of("Troops detained and tortured a villager to death.")
    assert "killed" in [c.outcome.value for c in ex.claims]


@pytest.mark.parametrize("sentence, killed", [
    ("Armed youth killed a police officer and a civilian in the town.", 2),
    ("A soldier fired upon a family, killing the father and a son.", 2),
    ("Forces reportedly killed a suspected commander and his son in the village.", 2),
    # a new clause after "and": its subject is no second object
    ("Gunmen killed a man and a woman was injured.", 1),
    # two people joined as the subject of "died"; not two clauses
    ("The officer and her daughter died.", 2),
    ("He fled and the victim died.", 1),
    # the person named before "and N other(s)" is one more
    ("A soldier and two other people were killed in the attack.", 3),
    ("Buzubona, a Burundian Army colonel, and one other person were killed.", 2),
    ("Six children were killed, including the assailant, and two others were injured.", 6),
    ("The commander and 20 fighters were killed in the raid.", 21),
    ("The attack was repelled by the army and at least six assailants were killed.", 6),
    ("A mortar shell landed on a house, killing a woman and her two children.", 3),
    ("A suicide bomber killed himself and three others at the gate.", 4),
    ("The gunman killed his wife and two children before turning the gun on himself.", 4),
    ("The explosion killed the bomber and two bystanders.", 3),
    ("Unknown gunmen killed the village head and his bodyguard.", 2),
    ("Police say the victim, a 25-year-old man, was shot multiple times and died at the scene.",
     1),
])
def test_people_joined_by_and(sentence, killed):
    ex = claims_of(sentence)
    assert ex.totals[Outcome.KILLED].best == killed


def test_the_one_inside_including_is_no_more_wounded():
    ex = claims_of("Six children were killed, including the assailant, and two others were "
                   "injured.")
    assert ex.totals[Outcome.WOUNDED].best == 2


def test_a_number_that_does_not_agree_with_was_is_not_its_subject():
    ex = claims_of("He had gotten into an argument with his girlfriend's two sons and was "
                   "stabbed.")
    assert [(c.outcome.value, c.value) for c in ex.claims] == [("wounded", 1)]


@pytest.mark.parametrize("sentence, outcome, value", [
    ("Six of the 10 hostages were killed.", "killed", 6),
    ("Six of the first seven victims were also shot to death.", "killed", 6),
    ("Two of the five people shot died.", "killed", 2),
])
def test_some_of_a_numbered_group(sentence, outcome, value):
    ex = claims_of(sentence)
    assert [(c.outcome.value, c.value) for c in ex.claims] == [(outcome, value)]


def test_some_among_the_dead_are_a_part():
    ex = claims_of("Twelve people were killed in the attack, and two policemen were among the "
                   "dead.")
    parent = next(c for c in ex.claims if c.value == 12)
    child = next(c for c in ex.claims if c.value == 2)
    assert child.part_of == parent.id and child.outcome == Outcome.KILLED
    assert ex.totals[Outcome.KILLED].best == 12


def test_a_person_and_a_numbered_group_wounded_together():
    ex = claims_of("A police officer and two civilians were wounded.")
    assert ex.totals[Outcome.WOUNDED].best == 3


def test_every_item_of_an_including_list_is_a_part():
    ex = claims_of("The clash resulted in 10 fatalities, including 4 rebels, 4 soldiers and 2 "
                   "civilians.")
    parent = next(c for c in ex.claims if c.value == 10)
    assert sorted(c.value for c in ex.claims if c.part_of == parent.id) == [2, 4, 4]


@pytest.mark.parametrize("sentence, killed, wounded", [
    # a group of another kind is no item of the list
    ("At least 21 militants including 2 commanders and 4 Afghan soldiers were killed.", 25, 0),
    # a clause of its own after the list
    ("At least 14 people were killed, including the two assailants, and at least 41 others "
     "were injured.", 14, 41),
])
def test_an_including_list_ends(sentence, killed, wounded):
    assert killed_wounded(claims_of(sentence)) == (killed, wounded)


@pytest.mark.parametrize("sentence, killed, wounded", [
    ("A gunman shot and killed two people and wounded a third before fleeing.", 2, 1),
    ("The gunman killed a second time within a week.", 0, 0),
])
def test_an_ordinal_object_is_one_more_person(sentence, killed, wounded):
    ex = claims_of(sentence)
    assert killed_wounded(ex) == (killed, wounded)


@pytest.mark.parametrize("sentence, killed, wounded", [
    # a place or thing before a person noun names a kind of person
    ("Two state troopers were shot and killed on the interstate.", 2, 0),
    ("Three school employees were killed in the attack.", 3, 0),
    ("Two city workers were wounded by stray bullets.", 0, 2),
    # a person noun before a thing names whose thing it is
    ("Gunmen shot and killed two family pets in the yard.", 0, 0),
    ("Three police cars were hit and one officer was wounded.", 0, 1),
    # a number of places is no number of people
    ("A man who led officers on a chase through two counties was wounded on Friday.", 0, 1),
])
def test_nouns_beside_nouns(sentence, killed, wounded):
    assert killed_wounded(claims_of(sentence)) == (killed, wounded)


@pytest.mark.parametrize("text", [
    "A woman shot and killed her neighbor's dog during an argument, police said.",
    "A woman shot her neighbor's dog on Sunday. The 3-year-old boxer later died.",
])
def test_a_pet_is_no_casualty(text):
    assert Outcome.KILLED not in claims_of(text).totals


def test_the_case_since_which_is_no_news_of_the_day():
    ex = claims_of("Since the school shooting in another state that killed 17 students, there "
                   "have been a dozen threats against schools here.")
    assert Outcome.KILLED not in ex.totals
    ex = claims_of("Police have arrested two men since the shooting killed 3 people on Sunday.")
    assert ex.totals[Outcome.KILLED].best == 3


def test_since_an_abbreviated_month_is_a_running_toll():
    ex = claims_of("In all, 1,424 people have been killed by guns since Jan. 1 in the state.")
    assert [c.scope.value for c in ex.claims] == ["cumulative"]


@pytest.mark.parametrize("sentence, outcome, best", [
    # a range in words joined by a hyphen: 1 to 2, the conservative end
    ("Assailants attacked and killed one-two security personnel in the town.", "killed", 1),
    ("The hostage was tortured and buried alive.", "killed", 1),
    # the subject's first verb, then its casualty verb
    ("At least one gendarme was taken hostage from a bus before being shot and killed.",
     "killed", 1),
    # attackers set apart share the sentence's outcome...
    ("In addition to the assailant, the police officer was injured in the attack.",
     "wounded", 2),
])
def test_more_ways_of_telling_a_casualty(sentence, outcome, best):
    assert claims_of(sentence).totals[Outcome(outcome)].best == best


def test_attackers_set_apart_by_their_deaths_are_dead_not_wounded():
    ex = claims_of("Two suicide bombers detonated in a village. Aside from the deaths of the two "
                   "assailants, at least one militia member was injured in the blasts.")
    assert killed_wounded(ex) == (2, 1)


def test_a_word_range_is_not_a_compound_number():
    ex = claims_of("Gunmen killed twenty-one villagers; a one-year-old was among them.")
    assert ex.totals[Outcome.KILLED].best == 21


def test_a_figure_after_another_verb_is_not_coordinated():
    ex = claims_of("Forces took the town, killing 57 militants, taking 6 prisoners and seizing "
                   "weapons.")
    assert ex.totals[Outcome.KILLED].best == 57
    ex = claims_of("Soldiers killed 12 militants and took 3 prisoners.")
    assert ex.totals[Outcome.KILLED].best == 12
    # plain coordination still holds
    assert claims_of("The fighting left 56 rebels dead, six of them on Monday, and four "
                     "civilians.").totals[Outcome.KILLED].best == 60


@pytest.mark.parametrize("sentence, killed", [
    ("5 JTF and Kamuku militiamen were killed.", 5),  # two names of one group
    ("A court sentenced to death and executed a young male in the square.", 1),
    ("Militiamen killed and mutilated the body of a member of the community.", 1),
])
def test_more_objects_and_subjects(sentence, killed):
    assert claims_of(sentence).totals[Outcome.KILLED].best == killed


def test_executing_a_thing_kills_no_one():
    assert Outcome.KILLED not in claims_of("Police executed a search warrant at the home.").totals


@pytest.mark.parametrize("sentence, killed", [
    ("A 45-year-old man was found deceased in his apartment with a gunshot wound.", 1),
    ("Police say Lucero sustained fatal gunshot wounds and was pronounced deceased.", 1),
    ("A man suffered a fatal gunshot wound on Sunday.", 1),
    ("The officer sustained minor injuries.", 0),
    # a death that was no crime
    ("A 78-year-old woman was found deceased in her home on Monday. Foul play is not "
     "suspected.", 0),
    ("A person was found dead on a couch in the town. No sign of criminal activity.", 0),
])
def test_deceased_and_fatal_wounds(sentence, killed):
    assert killed_wounded(claims_of(sentence))[0] == killed


@pytest.mark.parametrize("sentence, killed", [
    # the one taken is the one who died
    ("A man was abducted by four men and stabbed to death near a soccer field.", 1),
    ("A man was kidnapped by gunmen and later killed.", 1),
    ("A man was abducted and stabbed to death.", 1),
    # one place's features are no area: one operation
    ("Militia forces destroyed five hideouts and killed 7 militants in operations across "
     "the Hamrin mountains.", 7),
])
def test_taken_then_killed_and_a_place_of_features(sentence, killed):
    assert claims_of(sentence).totals[Outcome.KILLED].best == killed


def test_taken_and_released_is_no_death():
    assert Outcome.KILLED not in claims_of("Two men were arrested by police and later "
                                           "released.").totals


def test_a_name_after_a_preposition_is_a_place_not_a_subject():
    ex = claims_of("Man, 16-year-old girl wounded in shooting on Dan Ryan A man and a teenage "
                   "girl were wounded in a shooting early Sunday.")
    assert ex.totals[Outcome.WOUNDED].best == 2


def test_a_weekday_after_since_is_no_person():
    ex = claims_of("The Observatory said the clashes had left at least 23 rebels and nine "
                   "soldiers dead since Sunday, and four civilians, including a child.")
    assert not any(c.figure.span.surface == "Sunday" for c in ex.claims)
    assert ex.totals[Outcome.KILLED].best == 36


@pytest.mark.parametrize("text, killed, wounded", [
    # the people first told are how many there were; the subset is the casualties
    ("There were 19 people on the bus, and 12 of them were killed.", 12, 0),
    ("Some 40 pupils were in the classroom and three of them were wounded.", 0, 3),
    # with no casualty figure before it, "N of them" is a count of its own
    ("Police said 19 people were shot at, and 12 of them were hit by pellets.", 0, 12),
    ("The gunmen stopped the bus. Four of them were killed by the soldiers.", 4, 0),
])
def test_of_them_after_people_who_were_not_hurt(text, killed, wounded):
    assert killed_wounded(claims_of(text)) == (killed, wounded)


def test_a_pistol_whipping_is_no_shot_the_dead_may_have_died_of():
    ex = claims_of("A home invasion suspect was shot and killed on Thursday night, police "
                   "said. Three armed men entered the apartment and pistol-whipped the "
                   "resident inside, police said.")
    assert killed_wounded(ex) == (1, 1)


@pytest.mark.parametrize("sentence", [
    "The man was dropped off at the hospital by two friends with a gunshot wound to the leg.",
    "A man was brought to the station by his girlfriend and two other witnesses with a "
    "gunshot wound to his upper leg.",
    "Carlsen was found by deputies with a gunshot wound.",
])
def test_people_who_brought_the_wounded_are_not_wounded(sentence):
    assert killed_wounded(claims_of("Police are investigating a shooting. " + sentence)) == \
        (0, 1)


@pytest.mark.parametrize("text, sources", [
    # ", saying ...": the clause's subject speaks, for the figures after it only
    ("State news agency SANA denied the report, saying the army had killed dozens of "
     "militants.", ["State news agency SANA"]),
    ("The ministry issued a statement on Monday, saying 12 soldiers were killed.",
     ["The ministry"]),
    ("Gunmen attacked the village, killing 12 people and wounding 20 others, saying they were "
     "avenging a raid.", [None, None]),
    # claiming an attack is not telling its toll
    ("Islamic State claimed responsibility for the attack, which killed 30 people.", [None]),
])
def test_a_speaker_before_saying_and_no_speaker_in_claimed_responsibility(text, sources):
    assert [c.source and c.source.name for c in claims_of(text).claims] == sources


@pytest.mark.parametrize("text, killed", [
    ("The rebels said 10 of their fighters were killed.", 10),
    ("Hamas said two of its members were killed in the strike.", 2),
    ("Two of his brothers were shot dead.", 2),
])
def test_some_of_a_group_named_by_a_possessive(text, killed):
    assert killed_wounded(claims_of(text)) == (killed, 0)


def test_a_speaker_named_in_apposition_before_said_he():
    ex = claims_of("Another resident, Bulama Kolo, said he counted 25 bodies in the village.")
    assert [c.source.name for c in ex.claims] == ["Bulama Kolo"]


@pytest.mark.parametrize("text, source", [
    ("Three people were injured, according to Lt. Mark Howard.", "Lt. Mark Howard"),
    ("Three people were injured, Sgt. Jim Brown said.", "Sgt. Jim Brown"),
])
def test_a_title_written_short_stays_in_the_speaker_name(text, source):
    assert [c.source.name for c in claims_of(text).claims] == [source]


@pytest.mark.parametrize("text, vtype", [
    ("Gunmen shot dead a local council member in Ramadi.", VictimType.CIVILIANS),
    ("Three family members were killed in the strike.", VictimType.CIVILIANS),
    ("Five members of the group were killed.", VictimType.COMBATANTS),
    ("Two Hezbollah members were killed.", VictimType.COMBATANTS),
])
def test_members_of_a_council_or_family_are_civilians(text, vtype):
    assert claims_of(text).claims[0].victims.type == vtype


@pytest.mark.parametrize("text, outcome, n", [
    ("Up to 300 people remain missing after the flood.", Outcome.MISSING, 300),
    ("Two men remained hospitalized on Monday after the shooting.", Outcome.WOUNDED, 2),
])
def test_people_who_remain_missing_or_hospitalized(text, outcome, n):
    assert claims_of(text).totals[outcome].best == n


@pytest.mark.parametrize("sentence, figure", [
    # one person with two roles
    ("A prominent Bayan Muna official and activist was shot dead by police.",
     "A prominent Bayan Muna official"),
    # adjectives with a person's ending are no person
    ("A 25-year-old pregnant woman was shot dead.", "A 25-year-old pregnant woman"),
    ("A pregnant woman was killed.", "A pregnant woman"),
])
def test_one_person_and_the_words_that_name_them(sentence, figure):
    ex = claims_of(sentence)
    assert [(c.figure.span.surface, c.figure.best) for c in ex.claims] == [(figure, 1)]


def test_a_killer_who_turned_the_gun_on_himself_with_no_casualty_word():
    ex = claims_of("Police said the gunman then turned the gun on himself.")
    assert [c.figure.span.surface for c in ex.claims if c.outcome == Outcome.KILLED] == \
        ["himself"]


def test_both_taken_to_hospital_are_two():
    ex = claims_of("Police are investigating a shooting on Maple Avenue. Both were taken to a "
                   "hospital in stable condition.")
    assert killed_wounded(ex) == (0, 2)


@pytest.mark.parametrize("sentence, actor", [
    ("Five Islamic State fighters were killed in the strike.", "Islamic State"),
    ("Twelve Boko Haram insurgents were killed by troops.", "Boko Haram"),
    ("Three al-Shabaab militants were killed.", "al-Shabaab"),
    # the group, not its people's nationality
    ("Two Kurdish YPG fighters were killed.", "YPG"),
])
def test_a_group_named_in_several_words(sentence, actor):
    assert [c.victims.actor for c in claims_of(sentence).claims] == [actor]


@pytest.mark.parametrize("sentence, actor", [
    ("An IED exploded on the road, killing a child and injuring 2 others.", None),
    ("Gunmen killed a woman and wounded 3 others.", None),
    ("Gunmen killed two soldiers and wounded three others.", "soldiers"),
])
def test_others_after_one_person_told_by_sex_or_age_are_of_their_type_only(sentence, actor):
    dead, hurt = claims_of(sentence).claims
    assert (hurt.victims.type, hurt.victims.actor) == (dead.victims.type, actor)


@pytest.mark.parametrize("sentence, vtype, actor", [
    ("A soldier was killed and another was wounded.", VictimType.COMBATANTS, "soldier"),
    ("Two policemen were killed and a third was wounded.", VictimType.COMBATANTS, "police"),
    ("One man died and another was hurt.", VictimType.UNKNOWN, None),
])
def test_another_or_a_third_is_one_more_of_those_told(sentence, vtype, actor):
    dead, hurt = claims_of(sentence).claims
    assert (hurt.victims.type, hurt.victims.actor) == (vtype, actor)


@pytest.mark.parametrize("sentence, value, actor", [
    ("Troops killed 12 al-Shabaab in Afgooye.", 12, "al-Shabaab"),
    ("Soldiers killed 11 Boko Haram in Borno.", 11, "Boko Haram"),
    ("The ministry claimed 10 Taliban were killed.", 10, "Taliban"),
    ("7 ADF were killed by the army.", 7, "ADF"),
    ("Six Houthis were killed.", 6, "Houthis"),
])
def test_an_armed_group_named_alone_counts_its_fighters(sentence, value, actor):
    (claim,) = claims_of(sentence).claims
    assert (claim.figure.best, claim.victims.actor, claim.victims.type) == (
        value, actor, VictimType.COMBATANTS)


def test_a_people_named_alone_is_no_armed_group():
    (claim,) = claims_of("12 Rohingya were killed.").claims
    assert claim.victims.type == VictimType.UNKNOWN


@pytest.mark.parametrize("sentence, wounded", [
    ("A stray bullet struck a 7-year-old boy sleeping in his bed.", 1),
    ("Gunfire struck a 7-year-old boy.", 1),
    ("During the chase, his gunfire struck two Madison Police Department cars.", 0),
    ("A bullet struck the house.", 0),
])
def test_a_bullet_as_the_subject_of_struck(sentence, wounded):
    ex = claims_of("Police are investigating a shooting on Elm Street. " + sentence)
    assert killed_wounded(ex) == (0, wounded)


@pytest.mark.parametrize("sentence, wounded", [
    ("The victims, ages 17 and 19, were taken to the hospital.", 2),
    ("The victims, ages 17, 19 and 22, were taken to the hospital.", 3),
])
def test_victims_counted_by_their_ages(sentence, wounded):
    ex = claims_of("Police are investigating a shooting on Elm Street. " + sentence)
    assert killed_wounded(ex) == (0, wounded)


@pytest.mark.parametrize("sentence, outcome, n", [
    ("Ten people were taken hostage.", Outcome.ABDUCTED, 10),
    ("Five people were taken captive by militants.", Outcome.ABDUCTED, 5),
    ("He said 56 people, mostly women and children, were taken by the gunmen.",
     Outcome.ABDUCTED, 56),
    # taken, then killed: the death
    ("At least one gendarme was taken hostage from a bus before being shot and killed.",
     Outcome.KILLED, 1),
    ('"We buried 41 people today," said a community leader.', Outcome.KILLED, 41),
])
def test_taken_hostage_or_by_gunmen_and_buried(sentence, outcome, n):
    assert claims_of(sentence).totals[outcome].best == n


def test_taken_by_ambulance_is_no_abduction():
    assert Outcome.ABDUCTED not in claims_of("Two victims were taken by ambulance to the "
                                             "hospital.").totals


@pytest.mark.parametrize("text, source", [
    ("A security official, speaking on condition of anonymity, said nine soldiers were "
     "killed.", "A security official"),
    # a capitalised "Said" is a name, not a speech verb
    ("The death toll rose to 20, Health Minister Ahmed Said said.",
     "Health Minister Ahmed Said"),
])
def test_a_speaker_before_an_aside_and_a_speaker_named_said(text, source):
    assert [c.source.name for c in claims_of(text).claims] == [source]


@pytest.mark.parametrize("text, source", [
    ("A doctor at the hospital, who asked not to be named, said 15 bodies had been brought "
     "in.", "A doctor at the hospital"),
    ("Two people were killed, the Palestinian health ministry in Gaza said.",
     "Palestinian health ministry in Gaza"),
    ("The fighting killed 12 people in Aleppo, police in the city said.", "police in the city"),
    # a relative clause with no commas between the speaker and the verb
    ("Military sources who spoke to our correspondent on condition of anonymity said 12 "
     "soldiers were killed.", "Military sources"),
])
def test_a_speaker_with_a_place_or_an_aside(text, source):
    assert [c.source.name for c in claims_of(text).claims] == [source]


def test_a_detectives_short_title_ends_no_sentence_and_stays_in_the_name():
    ex = claims_of("Two men were shot, Det. John Smith said. Police are investigating.")
    assert [c.source.name for c in ex.claims] == ["Det. John Smith"]


@pytest.mark.parametrize("sentence, killed, wounded", [
    ("Police shot him dead.", 1, 0),
    ("Soldiers shot a protester dead on Friday.", 1, 0),
    ("The gunmen shot the driver and a passenger dead.", 2, 0),
    ("Police shot him in the leg.", 0, 1),
])
def test_shot_with_dead_after_its_object(sentence, killed, wounded):
    assert killed_wounded(claims_of(sentence)) == (killed, wounded)


@pytest.mark.parametrize("sentence, killed", [
    ("The gunman killed four people before he was shot dead by police, officials said.", 5),
    ("Police said the suspect killed two men before he was killed by officers.", 3),
    ("A man shot and killed two neighbors before officers shot him dead.", 3),
    ("A man killed his wife before he was shot dead by police.", 2),
    # the doer is told before the dead; a pronoun before them is not the doer
    ("He was shot dead after the gunman killed four people.", 4),
    ("Four people were killed, including the gunman, before he was shot dead.", 4),
])
def test_the_killers_own_death_in_the_sentence_of_his_killing(sentence, killed):
    assert killed_wounded(claims_of(sentence))[0] == killed


def test_a_wound_to_a_limb_does_not_say_a_suicide_was_survived():
    ex = claims_of("After the assailant was shot in the leg by police, he turned the gun on "
                   "himself and committed suicide.")
    assert killed_wounded(ex)[0] == 1


@pytest.mark.parametrize("sentence, victims", [
    ("A member of the family was kidnapped and later found dead.", VictimType.CIVILIANS),
    ("A third member from the same family was kidnapped and later found dead.",
     VictimType.CIVILIANS),
])
def test_a_member_of_a_civil_body_named_after_of(sentence, victims):
    ex = claims_of(sentence)
    assert sorted(c.outcome for c in ex.claims) == sorted([Outcome.KILLED, Outcome.ABDUCTED])
    assert {c.victims.type for c in ex.claims} == {victims}


@pytest.mark.parametrize("sentence, actor", [
    ("Two members of Boko Haram were killed.", "Boko Haram"),
    ("Two members of the Islamic State group were killed.", "Islamic State"),
    ("Two members of the Lebanese Shiite group Hezbollah were killed.", "Hezbollah"),
    ("Two members of Hezbollah's elite forces were killed.", "Hezbollah"),
])
def test_a_group_named_in_several_words_after_of(sentence, actor):
    assert [c.victims.actor for c in claims_of(sentence).claims] == [actor]


def test_the_death_of_a_civilian_counts_the_civilian():
    (c,) = claims_of("The raid led to the death of a civilian.").claims
    assert (c.outcome, c.figure.span.surface, c.victims.type) == \
        (Outcome.KILLED, "a civilian", VictimType.CIVILIANS)


@pytest.mark.parametrize("sentence, dead", [
    ("A man who was abducted on Monday was found dead on Friday.", ["A man"]),
    ("A trader who was kidnapped by gunmen last week was killed.", ["A trader"]),
    ("A man who was arrested on Monday died in custody.", ["A man"]),
    ("A man who was abducted on Monday was released on Friday.", []),
    ("A man who was arrested on Monday said his brother was killed.", ["his brother"]),
])
def test_the_death_of_someone_taken_told_in_a_relative_clause(sentence, dead):
    ex = claims_of(sentence)
    assert [c.figure.span.surface for c in ex.claims if c.outcome == Outcome.KILLED] == dead


@pytest.mark.parametrize("sentence, figure, value", [
    ("About 5,000 people fled their homes after the attack.", "About 5,000", 5000),
    ("The fighting forced 5,000 people to flee their homes.", "5,000", 5000),
    ("Hundreds of thousands have fled the fighting.", "Hundreds of thousands", 100_000),
    ("More than 2,000 families were forced to flee.", "More than 2,000", 2000),
    ("The clashes forced 300 families from their homes.", "300", 300),
])
def test_fleeing_homes_or_fighting_is_displacement(sentence, figure, value):
    (c,) = claims_of(sentence).claims
    assert (c.outcome, c.figure.span.surface, c.figure.value) == \
        (Outcome.DISPLACED, figure, value)


@pytest.mark.parametrize("sentence", [
    "Two suspects fled the scene.",
    "Three men fled the area after the shooting.",
])
def test_fleeing_a_scene_is_no_displacement(sentence):
    assert claims_of(sentence).claims == ()


def test_tens_of_thousands_is_one_amount():
    (c,) = claims_of("The war has killed tens of thousands of people since 2011.").claims
    assert (c.figure.span.surface, c.figure.low, c.scope.value) == \
        ("tens of thousands", 10_000, "cumulative")


def test_a_separate_incident_is_on_top_of_the_first():
    ex = claims_of("A missile strike on an apartment building in Dnipro killed nine people, "
                   "the governor said on Monday. Separately, Russian shelling killed a "
                   "68-year-old woman in the Kherson region overnight, its governor said.")
    t = ex.totals[Outcome.KILLED]
    assert (t.low, t.best, t.high) == (10, 10, 10)


def test_a_person_named_wounded_and_later_dead_is_not_also_wounded():
    ex = claims_of("Police found Sam Mosley, 24, with a non-life-threatening gunshot wound on "
                   "Tuesday. In an unrelated shooting, Henry Romero, 21, was found critically "
                   "injured last Wednesday. Police received word Tuesday that Romero died.")
    # (the unrelated shooting is on top of the first; its wounded man is among its dead)
    assert killed_wounded(ex) == (1, 1)


def test_people_searched_for_are_not_one_more_missing():
    ex = claims_of("Rescuers were still searching the rubble for survivors, and five people "
                   "were missing, the governor said.")
    assert [(c.outcome, c.figure.best) for c in ex.claims] == [(Outcome.MISSING, 5)]


@pytest.mark.parametrize("sentence, outcome, value", [
    ("Two 18-year-old men were killed on Monday.", Outcome.KILLED, 2),
    ("Two 17-year-olds were killed.", Outcome.KILLED, 2),
    ("Police arrested two 18-year-old men.", Outcome.ARRESTED, 2),
    ("A woman in her 30s was shot and killed.", Outcome.KILLED, 1),
    ("A man in his early 20s was wounded.", Outcome.WOUNDED, 1),
    ("Her husband, 36, was killed.", Outcome.KILLED, 1),
    ("The 25-year-old was shot and wounded.", Outcome.WOUNDED, 1),
    ("A 45-year-old woman and a 50-year-old man were shot.", Outcome.WOUNDED, 2),
    ("A woman, 31, and her daughter, 12, were shot.", Outcome.WOUNDED, 2),
    ("Donna Muller, 49, and her son, 22-year-old Richard Muller, were found shot to death.",
     Outcome.KILLED, 2),
])
def test_ages_inside_the_people_counted(sentence, outcome, value):
    ex = claims_of(sentence)
    assert ex.totals[outcome].best == value


def test_a_channel_number_before_a_sentence_is_no_count():
    ex = claims_of("No suspects are in custody. \u2014KARE 11 A woman was accidentally shot in "
                   "the face during a camping trip.")
    assert [c.figure.span.surface for c in ex.claims] == ["A woman"]


def test_teens_and_boys_told_of_one_pair_are_one_pair():
    ex = claims_of("Two teens shot outside home. Two 17-year-old boys are recovering in the "
                   "hospital after being shot outside a home, deputies said.")
    assert killed_wounded(ex) == (0, 2)


def test_a_man_and_his_wife_then_father_and_mother_are_two():
    ex = claims_of("A 67-year-old man and his 66-year-old wife were wounded when a gunman "
                   "opened fire through the door. Paramedics found the caller's father shot "
                   "in the back. His mother had been shot twice.")
    assert killed_wounded(ex) == (0, 2)


def test_in_that_incident_is_the_case_told_before():
    ex = claims_of("Police said one person was killed during a shooting Tuesday night in "
                   "Henderson. On March 1, two people were killed during a shooting at a home "
                   "on Harrell Street. In that incident, John Doe, 27, and Jim Roe, 28, were "
                   "fatally shot during a dispute.")
    assert killed_wounded(ex)[0] == 1
    assert [c.date.start for c in ex.claims][-1] == "2024-03-01"


@pytest.mark.parametrize("text, outcome, best", [
    ("A father fatally shot his two children.", Outcome.KILLED, 2),
    ("Four fishermen went missing.", Outcome.MISSING, 4),
    ("Two soldiers were killed and 27 sustained injuries.", Outcome.WOUNDED, 27),
    ("Militants took 12 people hostage in the village.", Outcome.ABDUCTED, 12),
    ("Militants took 12 hostages.", Outcome.ABDUCTED, 12),
    ("The gunmen are holding 30 passengers captive.", Outcome.ABDUCTED, 30),
    ("A mob burned to death two men.", Outcome.KILLED, 2),
    ("Two men were burned to death by a mob.", Outcome.KILLED, 2),
    ("A number of soldiers were killed.", Outcome.KILLED, 3),
    ("Shelling killed 18 displaced persons.", Outcome.KILLED, 18),
])
def test_more_ways_to_tell_a_toll(text, outcome, best):
    assert claims_of(text).totals[outcome].best == best


@pytest.mark.parametrize("text", [
    "The camp hosts 18,000 displaced persons.",
    "The gunmen took 12 hours to surrender.",
    "He suffered no injuries.",
])
def test_not_tolls(text):
    assert claims_of(text).claims == ()


@pytest.mark.parametrize("text, killed, wounded", [
    ("An IED wounded two policemen. One of them succumbed to injuries the following day.",
     1, 1),
    ("Five people were wounded in the blast. Two of them later died in hospital.", 2, 3),
])
def test_some_of_the_wounded_died_later(text, killed, wounded):
    assert killed_wounded(claims_of(text)) == (killed, wounded)


@pytest.mark.parametrize("text, killed, wounded", [
    ("A man was killed. A woman was killed.", 2, 0),
    ("John Smith was killed. Mary Jones was killed.", 2, 0),
    ("A man was shot in the arm. A woman was shot in the leg.", 0, 2),
    # one person again, or cases of different days: still competing figures
    ("A man was killed on Main Street. The man was 24.", 1, 0),
    ("John Smith was killed on Monday. On Tuesday, Mary Jones was killed.", 1, 0),
    ("Patrick Alves, 23, of New Bedford was pronounced dead at the hospital.", 1, 0),
])
def test_different_people_in_different_sentences(text, killed, wounded):
    assert killed_wounded(claims_of(text)) == (killed, wounded)


@pytest.mark.parametrize("text, killed, wounded", [
    ("A man was shot in the chest and died at the hospital. His friend was wounded in the "
     "arm.", 1, 1),
    ("A woman was killed. A man was shot.", 1, 1),
    # the one shot is the one who died
    ("A man was shot on Main Street. He died at the scene.", 1, 0),
    ("A woman had been wounded in a shooting on Monday. She later died from her wounds.", 1, 0),
    ("A shooting victim was hospitalized. He was taken to the hospital, where he later died.",
     1, 0),
])
def test_a_survivor_beside_the_dead(text, killed, wounded):
    assert killed_wounded(claims_of(text)) == (killed, wounded)


@pytest.mark.parametrize("text, outcome, best", [
    ("A bomb killed three soldiers. A shopkeeper was also killed.", Outcome.KILLED, 4),
    ("Five soldiers were killed. The perpetrator died.", Outcome.KILLED, 6),
    ("Gunmen killed a couple and their three children.", Outcome.KILLED, 5),
    ("A couple was found dead in their home.", Outcome.KILLED, 2),
    ("Police say the man killed his two daughters and then himself.", Outcome.KILLED, 3),
    ("Three people are dead after a gunman opened fire at a warehouse and then killed "
     "himself.", Outcome.KILLED, 3),
    ("The gunman killed three people and then killed himself.", Outcome.KILLED, 4),
    ("The suspect was taken into custody.", Outcome.ARRESTED, 1),
    ("Police took the suspect into custody.", Outcome.ARRESTED, 1),
    ("Police took 3 men into custody.", Outcome.ARRESTED, 3),
    ("Two men were taken into custody.", Outcome.ARRESTED, 2),
])
def test_who_else_is_counted(text, outcome, best):
    assert claims_of(text).totals[outcome].best == best


def test_a_bullet_that_hit_a_car_and_another_is_no_one():
    assert claims_of("One bullet hit a car and another struck a window.").claims == ()


def test_others_after_a_bomber_are_more_of_his_victims():
    ex = claims_of("A suicide bomber blew himself up at a funeral, killing 9 mourners. 20 "
                   "others were injured.")
    (w,) = [c for c in ex.claims if c.outcome == Outcome.WOUNDED]
    assert (w.victims.type, w.victims.actor) == (VictimType.CIVILIANS, "mourners")


@pytest.mark.parametrize("text, victims", [
    ("Bandits kidnapped 200 IDPs.", VictimType.CIVILIANS),
    ("Gunmen killed a shopkeeper.", VictimType.CIVILIANS),
])
def test_civilians_by_what_they_are(text, victims):
    assert [c.victims.type for c in claims_of(text).claims] == [victims]


@pytest.mark.parametrize("text, outcome, best", [
    ("Gunmen abducted the village head and his two wives.", Outcome.ABDUCTED, 3),
    ("Gunmen killed the village head and two soldiers.", Outcome.KILLED, 3),
    ("A man fatally stabbed his wife.", Outcome.KILLED, 1),
    ("The attacker stabbed two shoppers.", Outcome.WOUNDED, 2),
    ("He stabbed her in the neck.", Outcome.WOUNDED, 1),
])
def test_objects_of_one_verb_and_stabbings_told_actively(text, outcome, best):
    assert claims_of(text).totals[outcome].best == best


def test_a_thing_stabbed_is_no_one():
    assert claims_of("He stabbed the leather seat of her motorcycle.").claims == ()


@pytest.mark.parametrize("text, outcome, best", [
    ("A woman and her husband are dead in a murder-suicide.", Outcome.KILLED, 2),
    ("The shooter stayed at the scene and was arrested.", Outcome.ARRESTED, 1),
])
def test_plural_dead_and_a_second_verb_of_the_subject(text, outcome, best):
    assert claims_of(text).totals[outcome].best == best


def test_a_shooter_who_died_of_a_self_inflicted_wound_is_not_the_one_he_shot():
    ex = claims_of("A man who shot his girlfriend died of a self-inflicted gunshot wound, "
                   "police said. The woman was in critical condition.")
    assert killed_wounded(ex) == (1, 1)
    assert [c.figure.span.surface for c in ex.claims if c.outcome == Outcome.KILLED] == \
        ["A man"]


@pytest.mark.parametrize("text, killed, wounded", [
    ("A man was gunned down Wednesday.", 1, 0),
    ("Gunmen gunned down two soldiers.", 2, 0),
    ("Gunmen gunned down a man in the market.", 1, 0),
    ("Three people were shot at a house party.", 0, 3),
    ("A woman was shot at a bus stop Sunday.", 0, 1),
    # one person told from two sides: her mother's daughter, his sister
    ("Her 19-year-old daughter Marissa had been gunned down. As for the person who killed his "
     "sister, Thomas said, he wants them to come forward.", 1, 0),
    # a story about last month's shooting reports it; a natural death last May is no case
    ("Two men have been arrested in the shooting that killed a 22-year-old man and wounded "
     "his cousin at a birthday party last month.", 1, 1),
])
def test_gunned_down_shot_at_a_place_and_cases_of_last_month(text, killed, wounded):
    assert killed_wounded(claims_of(text)) == (killed, wounded)


def test_a_relative_who_died_last_month_is_no_case():
    ex = claims_of("Roberts was arrested on Thursday after a standoff with police. His "
                   "grandmother, who died last month, is the listed owner of the home.")
    assert killed_wounded(ex) == (0, 0)


@pytest.mark.parametrize("text, killed, wounded", [
    ("One of two men shot Thursday night has succumbed to his wounds.", 1, 1),
    ("One of the two men shot Thursday died Saturday.", 1, 0),
    ("A woman was killed Tuesday. A man was found dead nearby. A neighbor spoke to reporters "
     "Wednesday.", 2, 0),
    ("Two teenagers were shot Thursday. A boy was hit in the arm and a girl was grazed on the "
     "shoulder.", 0, 2),
    ("Two men were shot Thursday. One man was hit in the arm and another was hit in the leg.",
     0, 2),
    ("Police responded to a shooting. Victim 3 was pronounced dead at the scene.", 1, 0),
    ("Victim 1, a 45-year-old male, was pronounced deceased at the scene.", 1, 0),
])
def test_the_people_of_a_pair_and_labelled_victims(text, killed, wounded):
    assert killed_wounded(claims_of(text)) == (killed, wounded)


@pytest.mark.parametrize("text, outcome, best", [
    ("A man was charged Monday with fatally shooting his neighbor.", Outcome.KILLED, 1),
    ("A man is accused of fatally shooting two people.", Outcome.KILLED, 2),
    ("A man was charged with shooting a coworker.", Outcome.WOUNDED, 1),
    ("A shooting left a man seriously wounded.", Outcome.WOUNDED, 1),
    ("A man who shot his neighbor was arrested Thursday.", Outcome.ARRESTED, 1),
    ("The gunman surrendered to police Sunday.", Outcome.ARRESTED, 1),
    ("The shooter turned himself in Sunday.", Outcome.ARRESTED, 1),
])
def test_court_and_arrest_wordings(text, outcome, best):
    assert claims_of(text).totals[outcome].best == best


def test_left_a_soldier_dead_says_who():
    (c,) = claims_of("The attack left a soldier dead.").claims
    assert c.victims.type == VictimType.COMBATANTS


@pytest.mark.parametrize("text, outcome, best", [
    ("Two men, John Smith and Bob Jones, were killed Friday.", Outcome.KILLED, 2),
    ("Two other employees, Jason Burke, 40, and Maya Singh, 31, were wounded.",
     Outcome.WOUNDED, 2),
    ("Three CRPF jawans were killed in the blast.", Outcome.KILLED, 3),
    ("Three ELN guerrillas were killed in the clash.", Outcome.KILLED, 3),
    ("A man shot and killed his 24-year-old son Sunday.", Outcome.KILLED, 1),
    ("She shot and wounded her 19-year-old nephew.", Outcome.WOUNDED, 1),
    ("Someone opened fire on the crowd Saturday, striking four people.", Outcome.WOUNDED, 4),
])
def test_named_lists_ages_after_possessives_and_striking(text, outcome, best):
    assert claims_of(text).totals[outcome].best == best


def test_the_one_a_husband_shot_is_not_the_husband_found_dead():
    ex = claims_of("A husband suspected of shooting his 49-year-old wife and then barricading "
                   "himself inside the home was found dead hours later. The woman was in "
                   "serious condition, but was expected to survive.")
    assert [c.figure.span.surface for c in ex.claims if c.outcome == Outcome.KILLED] != \
        ["his 49-year-old wife"]


@pytest.mark.parametrize("text, killed, wounded", [
    ("Two men were killed Saturday. A woman was shot in the abdomen and remains "
     "hospitalized.", 2, 1),
    ("A man was critically wounded Saturday. He died Monday.", 1, 0),
    ("A woman was critically wounded Thursday. She was taken off life support Saturday.", 1, 0),
])
def test_survivors_of_another_sex_and_the_wounded_who_died_days_later(text, killed, wounded):
    assert killed_wounded(claims_of(text)) == (killed, wounded)


@pytest.mark.parametrize("text, killed", [
    ("9 people were killed in the attack. 5 attackers were also killed.", 14),
    ("A suicide bomber killed 21 people. The attacker was also killed.", 22),
    ("A suicide bomber blew himself up, killing 21 people. The attacker was also killed.", 22),
    ("Eleven people, including four assailants, were killed. Four assailants were also "
     "killed.", 11),
])
def test_attackers_also_killed_are_on_top(text, killed):
    assert killed_wounded(claims_of(text))[0] == killed


@pytest.mark.parametrize("text, figures", [
    ("Gunmen took the pastor hostage.", ["the pastor"]),
    ("Gunmen took him hostage.", ["him"]),
    ("Gunmen stormed Kidal, Mali, and took 30 people hostage.", ["30"]),
    ("Gunmen stormed Kidal and forced 500 people to flee.", ["500"]),
])
def test_hostages_taken_one_by_one_and_no_place_as_a_hostage(text, figures):
    assert [c.figure.span.surface for c in claims_of(text).claims] == figures


@pytest.mark.parametrize("text, killed, wounded", [
    ("One officer was killed and two were injured; one of them later died in hospital.", 2, 1),
    ("Two were injured, one of whom later died.", 1, 1),
    ("Four men were shot and one of them was killed.", 1, 3),
])
def test_the_injured_who_later_died_beside_the_dead(text, killed, wounded):
    assert killed_wounded(claims_of(text)) == (killed, wounded)


@pytest.mark.parametrize("text, killed", [
    ("4 people were killed in the first blast and 6 in the second blast.", 10),
    ("2 soldiers were killed in Djibo and 3 in Arbinda.", 5),
    ("Gunmen killed 2 soldiers in Djibo and 3 in Arbinda.", 5),
    ("The first blast killed 4 people and the second killed 6.", 10),
    ("Two people were killed and 5 in the morning were arrested.", 2),
])
def test_a_second_toll_told_short(text, killed):
    assert killed_wounded(claims_of(text))[0] == killed


@pytest.mark.parametrize("text, displaced", [
    ("Around 500 residents fled the village.", [500]),
    ("Two suspects fled the area.", []),
    ("Three residents fled the area.", []),
])
def test_residents_who_fled_a_place(text, displaced):
    assert [c.value for c in claims_of(text).claims if c.outcome == Outcome.DISPLACED] == \
        displaced


def test_one_more_arrest_told_with_also():
    ex = claims_of("Police arrested a 17-year-old at the stadium. A 20-year-old man was also "
                   "arrested.")
    assert ex.totals[Outcome.ARRESTED].best == 2


def test_he_was_also_shot_is_one_told_again():
    assert killed_wounded(claims_of("A man was shot on Main Street. He was also shot in the "
                                    "leg.")) == (0, 1)


def test_a_toll_broken_down_by_place_is_one_toll():
    ex = claims_of("Russian strikes killed 17 people overnight, 12 in Kharkiv and five in Sumy.")
    assert killed_wounded(ex) == (17, 0)
    assert [c.part_of is not None for c in ex.claims] == [False, True, True]


@pytest.mark.parametrize("text, killed", [
    ('The army said it had "neutralised" around 50 assailants.', 50),
    ('Police said 10 "terrorists" had been killed.', 10),
    ('Officials said 16 "terrorists" had been "neutralised" in the operation.', 16),
])
def test_quoted_words_in_a_toll(text, killed):
    assert killed_wounded(claims_of(text))[0] == killed


@pytest.mark.parametrize("text, killed", [
    # mob justice: thieves are people, "cattle" names a kind of thief, "fatally" any blow
    ("Two suspected thieves were killed by a mob.", 2),
    ("Villagers killed two suspected cattle thieves on Monday.", 2),
    ("Villagers killed a thief on Monday.", 1),
    ("A mob fatally beat a suspected thief in the market.", 1),
    ("A man was fatally attacked with machetes.", 1),
    ("A woman was fatally beaten in her home.", 1),
    # a long subject before its verb
    ("On 6 May 2020, two men suspected of house break-ins and robberies in the Mhlasini "
     "area in Verulam (eThekwini, KwaZulu-Natal) were fatally assaulted by residents.", 2),
    ("The gunmen stole 40 cattle and killed two herders.", 2),
    ("Police seized two cattle and arrested a man.", 0),
])
def test_mob_killings_and_fatal_blows(text, killed):
    assert killed_wounded(claims_of(text))[0] == killed


@pytest.mark.parametrize("text, wounded", [
    ("17 other hostages were freed, four of which were injured, during a rescue operation.", 4),
    ("Police rescued 17 hostages, four of whom were injured.", 4),
    ("The army destroyed 5 vehicles, two of which were burned.", 0),
])
def test_the_hurt_among_people_freed(text, wounded):
    assert killed_wounded(claims_of(text))[1] == wounded


@pytest.mark.parametrize("text, killed, wounded", [
    # a relative clause on the subject, then the subject's own casualty verb
    ("Two militants who police said were also involved in the drug trade were shot dead.",
     2, 0),
    ("Two men, who were driving home, were shot and wounded.", 0, 2),
    ("Two women, who police said were the man's wife and daughter, were hospitalized.",
     0, 2),
    # a relative clause telling a casualty of its own is no subject's aside

    ("Two men who shot a police officer were arrested.", 0, 1),
])
def test_a_relative_clause_between_the_people_and_their_verb(text, killed, wounded):
    assert killed_wounded(claims_of(text)) == (killed, wounded)


@pytest.mark.parametrize("text, source", [
    ("The Kivu Security Tracker (KST), a respected monitor, put the toll at 25.",
     "Kivu Security Tracker"),
    ("A resident, Modu Bukar, gave a higher toll of 22 dead.", "Modu Bukar"),
    ("The shadow National Unity Government (NUG) said 9 civilians were killed.",
     "The shadow National Unity Government"),
    ("Later on Thursday Starukh said 5 people were wounded.", "Starukh"),
    ("The U.N. humanitarian office OCHA said 12 people were killed.",
     "U.N. humanitarian office OCHA"),
    ("The U.N. mission in Afghanistan said 12 civilians were killed.",
     "U.N. mission in Afghanistan"),
    ("An estimated 233,000 people have been displaced, according to U.N. figures.", "U.N."),
    ("At least 5 were killed, according to the health ministry's figures.",
     "the health ministry"),
])
def test_speakers_with_initials_acronyms_and_asides(text, source):
    assert [c.source.name if c.source else None for c in claims_of(text).claims] == [source]


@pytest.mark.parametrize("text, killed, wounded", [
    ("On 3 May 2020, 4 SNA and 2 militants were killed in Afgooye.", 6, 0),
    ("On 3 May 2020, 3 VDP and 5 civilians were killed.", 8, 0),
    ("On 3 May, 4 ANP and one civilian were wounded.", 0, 5),
    ("He paid 4 USD and 2 EUR.", 0, 0),
])
def test_a_groups_acronym_after_a_number_joined_to_another_group(text, killed, wounded):
    assert killed_wounded(claims_of(text)) == (killed, wounded)


@pytest.mark.parametrize("text, killed, wounded", [
    ("Fifty-three soldiers and a civilian were killed on Friday.", 54, 0),
    ("Its forces had eliminated 620 Russian troops in Donetsk region on Tuesday.", 620, 0),
    ("The army said 20 terrorists were eliminated.", 20, 0),
    ("The team was eliminated in the first round.", 0, 0),
    ("Police eliminated 3 checkpoints.", 0, 0),
    ("A doctor said 26 people had died and 55 were being treated for wounds.", 26, 55),
    ("Police said 12 people were treated and released.", 0, 0),
])
def test_wire_wordings_of_the_dead_and_wounded(text, killed, wounded):
    assert killed_wounded(claims_of(text)) == (killed, wounded)


@pytest.mark.parametrize("text, values", [
    # the dead told again by who they were: claims, never on top
    ("Gunmen killed at least 21 people on Sunday. Police said the dead included three "
     "soldiers and 18 civilians.", [21, 3, 18]),
    ("Two car bombs killed at least 16 people on Monday. A police officer said five soldiers "
     "manning the checkpoint were among the dead.", [16, 5]),
    ("The attack killed 30 people; the dead included 12 children.", [30, 12]),
    # some of a group, told by who they were ("five of the attackers")
    ("Gunmen attacked a checkpoint on Monday, killing 12 people. Among the dead were five of "
     "the attackers, a security source said.", [12, 5]),
    ("A bomb killed 9 people at a wedding. The dead included three of the groom's brothers.",
     [9, 3]),
    ("A strike on a school killed 34 people. UNRWA said six of its staff members were among "
     "the dead.", [34, 6]),
    ("A bomb killed 9 people on Wednesday. A 10-year-old boy who was selling newspapers at "
     "the signal was also among the dead.", [9, 1]),
    # speakers counted are no victims
    ("A drone strike killed at least 26 people on Sunday, two hospital officials and a "
     "resident told Reuters.", [26]),
])
def test_the_dead_told_again_and_speakers_counted(text, values):
    ex = claims_of(text)
    assert sorted(c.value for c in ex.claims) == sorted(values)
    assert killed_wounded(ex)[0] == values[0]
    # the dead told again are parts of the toll told before, in another sentence or not
    whole = next(c for c in ex.claims if c.value == values[0])
    assert all(c.part_of == whole.id for c in ex.claims if c is not whole)


@pytest.mark.parametrize("text, source", [
    ("Two people were shot, St. Louis County police said.", "St. Louis County police"),
    ("Two people were shot, Ft. Worth police said.", "Ft. Worth police"),
])
def test_a_town_written_with_an_abbreviation_in_the_speaker(text, source):
    assert [c.source.name for c in claims_of(text).claims] == [source]


@pytest.mark.parametrize("text, source", [
    # no one says: a negated speech verb, and what befell the one who "reported being robbed"
    ("A 41-year-old man was found dead of a gunshot wound in a home; police have not said "
     "whether they consider that death a homicide.", None),
    ("Two men were arrested Wednesday, about 20 minutes after a clerk at a gas station in the "
     "3200 block of West Broad Street reported being robbed at gunpoint, police said.",
     "police"),
])
def test_speech_that_is_no_attribution(text, source):
    assert [c.source.name if c.source else None for c in claims_of(text).claims] == [source]


@pytest.mark.parametrize("text, source", [
    ("According to a report released this week by the Pakistan Institute for Conflict and "
     "Security Studies, 112 people were killed in militant attacks in August.",
     "Pakistan Institute for Conflict and Security Studies"),
    ("At least 350 people have been killed since October 2017, according to a tally by "
     "independent researchers.", "independent researchers"),
])
def test_a_report_by_a_body_is_the_body_s(text, source):
    assert [c.source.name if c.source else None for c in claims_of(text).claims] == [source]



def test_earlier_incidents_recalled_are_no_event():
    text = ("Shots were fired at officers in Germantown on Wednesday night. No one was struck. "
            "In previous incidents this year, one officer was wounded.")
    ex = claims_of(text, published=date(2017, 8, 17))
    assert [c.scope.value for c in ex.claims] == ["area_total"] and not ex.totals


@pytest.mark.parametrize("text, killed", [
    # a suicide bomber who struck died in it, unless stopped; the doer named after the dead
    ("On 18 September 2020, a suicide bomber struck a tea shop in Marka, killing 4 "
     "civilians.", 5),
    ("A suicide bomber attacked a checkpoint but was shot before he could detonate his vest, "
     "police said.", 0),
    ("A car bomb exploded at a checkpoint, killing 4 civilians and the bomber.", 5),
    ("Police killed two men and the suspect fled.", 2),
])
def test_the_bomber_who_struck_and_the_doer_named_last(text, killed):
    assert killed_wounded(claims_of(text))[0] == killed


@pytest.mark.parametrize("text, values", [
    ("Russian forces had launched 20 Shahed drones overnight, of which 17 were shot down.", []),
    ("Since 8 October, Israeli attacks on Lebanon have killed at least 290 people.", [290]),
    ("Gunmen killed nine people at a hotel on Thursday. Six civilians were among those "
     "killed, he said.", [9, 6]),
])
def test_drones_days_of_months_and_those_killed(text, values):
    ex = claims_of(text)
    assert [c.value for c in ex.claims] == values


@pytest.mark.parametrize("text, source", [
    ("Koya's mayor, Tariq Haidari, told Middle East Eye that a civilian was hurt.",
     "Tariq Haidari"),
    ("The Syrian Observatory for Human Rights, a UK-based war monitor, put the death toll at "
     "six.", "Syrian Observatory for Human Rights"),
])
def test_the_outlet_told_is_no_source_and_a_name_keeps_its_joints(text, source):
    assert [c.source.name for c in claims_of(text).claims] == [source]


@pytest.mark.parametrize("text, scope", [
    ("At least 174 civilians have been killed in Kharkiv Oblast in May alone.", "cumulative"),
    ("There have been over 1,000 deaths in the state in the past five years.", "cumulative"),
    ("Since 8 October, Israeli attacks on Lebanon have killed at least 290 people.",
     "cumulative"),
])
def test_tolls_of_a_month_or_years_are_running(text, scope):
    assert [c.scope.value for c in claims_of(text).claims] == [scope]


def test_a_part_and_her_children_are_both_parts():
    ex = claims_of("Government shelling on a market killed five civilians on Monday, including "
                   "a woman and her three children, the White Helmets said.")
    parts = [c for c in ex.claims if c.part_of is not None]
    assert sorted(c.value for c in parts) == [1, 3] and killed_wounded(ex)[0] == 5


def test_a_capacity_is_no_toll():
    assert not claims_of('"Our morgue has space for 20 bodies," the hospital director said.').claims


def test_maoists_are_combatants_and_the_rebels_of_their_story():
    ex = claims_of("Nine Maoists were killed in an encounter in Narayanpur district on Saturday. "
                   "Police said nine rebels were killed.")
    assert {c.victims.type for c in ex.claims} == {VictimType.COMBATANTS}
    assert killed_wounded(ex)[0] == 9


@pytest.mark.parametrize("text, killed", [
    ("Troops killed three of the attackers, the army said.", 3),
    ("Gunmen killed 10 of the 40 passengers.", 10),
    ("Two soldiers paid the supreme price in the attack.", 2),
    ("Villagers said 31 people had been laid to rest, including four children.", 31),
    ("Two men paid the bill.", 0),
])
def test_some_of_a_group_killed_and_deaths_told_by_their_rites(text, killed):
    assert killed_wounded(claims_of(text))[0] == killed


@pytest.mark.parametrize("text, killed", [
    ("The army said it had lost two soldiers in the ambush.", 2),
    ("The rebels said they had lost two fighters in clashes near Kitshanga.", 2),
    ("The company lost 200 workers to layoffs.", 0),
    ("He lost 20 pounds.", 0),
])
def test_fighters_lost_are_dead(text, killed):
    assert killed_wounded(claims_of(text))[0] == killed


@pytest.mark.parametrize("text, killed, wounded", [
    ("Three soldiers, a police officer and four civilians were killed in the attack.", 8, 0),
    ("The pastor, two of his sons and three congregants were killed.", 6, 0),
    ("An officer and three conscripts were killed.", 4, 0),
    # an apposition names someone counted already, a speaker is no victim
    ("Buzubona, a Burundian Army colonel, and one other person were killed in the attack.", 2, 0),
    ("Ahmed Ali, a police officer, and two civilians were killed.", 3, 0),
    ("A car bomb exploded, killing a civilian and three police, and wounding seven people, a "
     "police captain and a medical official said.", 4, 7),
    # active lists that open on a person named without a number
    ("The blast killed the bomber, four police officers and two civilians, and wounded 19 "
     "other people.", 7, 19),
    ("The blast killed a guard, four police officers and two civilians.", 7, 0),
    ("Militants killed 3 policemen, including a district police chief and a security post "
     "commander, in Ghazni city.", 3, 0),
    ("He killed his wife, 2 children were unhurt.", 1, 0),
])
def test_a_person_without_a_number_in_a_list_of_numbered_victims(text, killed, wounded):
    assert killed_wounded(claims_of(text)) == (killed, wounded)


def test_hostages_among_the_dead_are_dead():
    assert killed_wounded(claims_of("Five soldiers and four hostages were killed."))[0] == 9
    ex = claims_of("Five soldiers, four hostages and four assailants were killed.")
    assert killed_wounded(ex)[0] == 13
    assert not any(c.outcome == Outcome.ABDUCTED for c in ex.claims)
    ex = claims_of("Gunmen stormed the hotel and held 40 hostages.")
    assert [(c.outcome, c.value) for c in ex.claims] == [(Outcome.ABDUCTED, 40)]


def test_deaths_in_separate_accidents_are_no_one_event():
    ex = claims_of("Two hunters lost their lives in separate and unrelated hunting accidents.")
    assert [c.scope for c in ex.claims] == [Scope.AREA_TOTAL]


@pytest.mark.parametrize("text, killed, wounded", [
    # bullets that hit things, and a vehicle's load, are no wounded
    ("Someone fired at a woman's car on Saturday. Three bullets hit the rear bumper. She was "
     "not injured.", 0, 0),
    ("Someone fired at a police car on Sunday. Two bullets struck the rear passenger side of "
     "the car. The officers were not struck.", 0, 0),
    ("A bullet struck a passenger in the arm, police said.", 0, 1),
    ("A bus carrying about a dozen passengers was struck by a stray bullet on Sunday night, "
     "police said. No passengers were hurt.", 0, 0),
    ("Gunmen attacked a bus carrying 30 passengers, killing five of them.", 5, 0),
    # shot at, not hit
    ("A man says he was shot at while mowing his lawn Saturday afternoon. He was not hit.",
     0, 0),
    ("He was shot at a gas station on Friday.", 0, 1),
    # an animal told back by a pronoun
    ('An officer shot the family\'s dog on Wednesday. "They killed her in our own yard," the '
     'owner said.', 0, 0),
    # a relative clause on the subject, with an active verb
    ("Two passengers who resisted were killed.", 2, 0),
    ("Two men who tried to flee were killed.", 2, 0),
    ("Two men who killed a guard were arrested.", 1, 0),
    # the passive list ends where a clause of its own begins
    ("An officer and three conscripts were killed and two other soldiers were wounded.", 4, 2),
])
def test_things_hit_loads_animals_and_relative_clauses(text, killed, wounded):
    assert killed_wounded(claims_of(text)) == (killed, wounded)


@pytest.mark.parametrize("text, killed, wounded", [
    ("Shots were fired at a bar on Sunday, police said. No one was hurt. In April, a man was "
     "shot and wounded in the same parking lot.", 0, 0),
    ("Shots were fired at a bar on Sunday, police said. No one was hurt. Last month, a man "
     "was shot and wounded in the same parking lot.", 0, 0),
    ("A man was shot and wounded at a bar on Sunday, police said. In April, a man was shot "
     "and wounded in the same parking lot.", 0, 1),
    ("A man shot at officers on Sunday, police said. None of the shots struck anyone. The "
     "incident came a day after an officer was wounded in a shootout on the Westside.", 0, 0),
    ("Someone fired into a car on Sunday. No one was hurt. At least 66 people were shot "
     "during a violent weekend in the city, six of them fatally.", 0, 0),
    ("Two men were killed in a shooting on Saturday night. The deaths bring the number of "
     "homicides in East Baton Rouge Parish this year to 84.", 2, 0),
    # a death among the wounded, told after the dead were counted
    ("Three police officers were killed and two were wounded. One of the wounded officers "
     "later died in hospital.", 4, 1),
    ("Six laborers were killed and two others were wounded. A wounded laborer later died of "
     "his injuries.", 7, 1),
], ids=["april", "last-month", "story-has-its-own", "came-a-day-after", "violent-weekend",
        "year-tally", "of-the-wounded", "a-wounded-laborer"])
def test_what_the_story_recalls_and_who_died_later(text, killed, wounded):
    assert killed_wounded(claims_of(text, published=date(2018, 10, 29))) == (killed, wounded)


def test_an_incident_the_story_came_after_is_still_a_claim():
    ex = claims_of("A man shot at officers on Sunday. The incident came a day after an officer "
                   "was wounded in a shootout on the Westside.")
    assert [(c.outcome, c.value) for c in ex.claims] == [(Outcome.WOUNDED, 1)]


@pytest.mark.parametrize("text, killed", [
    ("A mob burned to death a man in Ogbomoso.", 1),
    ("A mob beat and burned to death a suspected kidnapper.", 1),
    ("Militiamen hacked to death a farmer in Beni.", 1),
    ("Two men were hacked to death by militiamen.", 2),
    ("Three villagers were burned to death in their homes by the attackers.", 3),
    # a fire by mishap kills no one in the count
    ("Three children were burned to death in a house fire on Sunday.", 0),
    ("Gunmen set fire to a house, killing three children.", 3),
])
def test_to_death_with_the_victim_after_it_and_in_the_passive(text, killed):
    assert killed_wounded(claims_of(text))[0] == killed


@pytest.mark.parametrize("text, wounded", [
    ("A gunman opened fire on four men sitting on a porch. The victims were airlifted to "
     "local hospitals, two of them in serious condition.", 4),
    ("Police said he fired on a 22-year-old woman and a 30-year-old man on Jan. 20. The "
     "victims suffered multiple gunshot wounds.", 2),
    ("A man shot at four people outside a bar Friday night. No one was hit.", 0),
])
def test_the_victims_are_those_fired_on_just_before(text, wounded):
    assert killed_wounded(claims_of(text))[1] == wounded


@pytest.mark.parametrize("text, killed, wounded", [
    ("Injured in the shooting was Ronald Carlsen, 53.", 0, 1),
    ("Killed was 25-year-old John Smith.", 1, 0),
    ("Killed were John Smith, 25, and Mary Jones, 30.", 2, 0),
    ("Among the dead was a police officer.", 1, 0),
    ("Wounded were two teenagers, ages 15 and 16.", 0, 2),
    ("Killed in the attack were 12 soldiers, the army said.", 12, 0),
    ("Hurt was a woman who lived nearby.", 0, 1),
    ("Killed was a dream.", 0, 0),
    ("Injured workers were taken to hospital.", 0, 0),
])
def test_the_casualty_word_first_and_the_victims_after_the_verb(text, killed, wounded):
    assert killed_wounded(claims_of(text)) == (killed, wounded)


@pytest.mark.parametrize("text, outcome, n", [
    # regional wordings of death, arrest and wounds
    ("A jawan attained martyrdom in Kulgam on Tuesday.", Outcome.KILLED, 1),
    ("Two soldiers embraced martyrdom in Kech on Monday.", Outcome.KILLED, 2),
    ("Six terrorists were sent to hell in Kech on Monday.", Outcome.KILLED, 6),
    ("A man gave up the ghost after hoodlums attacked him in Enugu on Monday.",
     Outcome.KILLED, 1),
    ("Gunmen martyred two policemen in Herat on Wednesday.", Outcome.KILLED, 2),
    ("A suicide bomber blew himself up in Quetta, martyring three policemen.",
     Outcome.KILLED, 4),
    ("A terrorist was neutralised in Uri on Thursday.", Outcome.KILLED, 1),
    ("One of the hoodlums was killed in Ihiala on Monday.", Outcome.KILLED, 1),
    ("Nine passengers were offloaded and shot dead in Kalat on Friday.", Outcome.KILLED, 9),
    ("At least 9 passengers were offloaded from a bus and shot dead by armed men near Kalat.",
     Outcome.KILLED, 9),
    ("Bandits attacked the village, killing a total of 7 villagers.", Outcome.KILLED, 7),
    ("The remains of two men were found in Acapulco on Monday.", Outcome.KILLED, 2),
    ("Two men in the car died.", Outcome.KILLED, 2),
    ("Two jawans of the Army's Rashtriya Rifles attained martyrdom at Kathua on Monday.",
     Outcome.KILLED, 2),
    ("Police apprehended two suspects in Khyber on Wednesday.", Outcome.ARRESTED, 2),
    ("Police arrested a financier and two accomplices in Mogadishu.", Outcome.ARRESTED, 3),
    ("Two of his colleagues were injured in Peshawar on Wednesday.", Outcome.WOUNDED, 2),
    ("Gunmen attacked a village on Wednesday. Three were rushed to hospital with gunshot "
     "injuries.", Outcome.WOUNDED, 3),
    ("A soldier was wounded-in-action.", Outcome.WOUNDED, 1),
])
def test_regional_wordings(text, outcome, n):
    ex = claims_of(text)
    assert ex.totals[outcome].best == n


@pytest.mark.parametrize("text", [
    "Fifty people in the town died of cholera.",
    "Three children were burned to death in a house fire on Sunday.",
    "Riders burnt a vehicle after a road accident that resulted in the death of one of their "
    "colleagues.",
    "Two people in the other cars were also taken to the hospital with minor injuries.",
    "According to media reports, a 7-11 clerk was robbed.",
    "He gave up the fight.",
])
def test_deaths_and_injuries_of_no_violence_and_numbers_of_no_one(text):
    assert killed_wounded(claims_of(text)) == (0, 0)


@pytest.mark.parametrize("text, killed, wounded", [
    ("A 19-year-old, a 20-year-old and a 35-year-old were shot Saturday night, police said.",
     0, 3),
    ("In Bacayopa, Sinaloa, a man and a woman were killed.", 2, 0),
    ("Three people were hit when someone fired from a passing car Saturday night.", 0, 3),
    ("Two cars were hit when someone fired at the lot.", 0, 0),
    # the killer who shot himself and lived
    ("A man shot his ex-girlfriend and then turned the gun on himself Saturday. Both are "
     "hospitalized.", 0, 2),
    ("A man shot his ex-girlfriend and then turned the gun on himself Saturday. She is in "
     "critical condition.", 1, 1),
    ("A man shot his wife and then turned the gun on himself Saturday. The woman is in "
     "critical condition.", 1, 1),
    # hurt in a crash, and an animal in a headline, are no wounded of the shooting
    ("A man was shot and a pedestrian was later hurt in a crash involving the suspects' car "
     "Sunday night, police said.", 0, 1),
    ("A man shot himself in the leg by accident Saturday night, police said.", 0, 1),
    ("Dog shot during dispute between neighbors", 0, 0),
    # the one who shot himself taken to hospital, or both in hospital, told before or after
    ("A man and woman both ended up in the hospital Sunday after the man shot himself. The "
     "man turned the gun on himself, shooting himself in the face, police said.", 0, 1),
    ("The woman ran and the man turned the gun on himself, shooting himself in the face, "
     "police said. The man was taken to a nearby hospital.", 0, 1),
    # (but the man taken to hospital is her husband, not the woman who shot herself)
    ("A woman shot her husband, then turned the gun on herself. The man was taken to a local "
     "hospital for treatment.", 1, 1),
    ("The man turned the gun on himself Sunday. He was taken to a hospital, where he died.",
     1, 0),
    # animals named by the story
    ("Someone shot and killed two family pets, Mick and Remy, on Friday. Now the search is on "
     "for the persons responsible for killing Mick and Remy.", 0, 0),
    ("A neighbour shot his dog named Rex on Sunday. Rex was killed instantly.", 0, 0),
    ("Two dogs, Smith said, were shot on Sunday. Smith was killed later that day.", 1, 0),
])
def test_lists_of_ages_hits_survivors_crashes_and_animals(text, killed, wounded):
    assert killed_wounded(claims_of(text)) == (killed, wounded)


@pytest.mark.parametrize("text, killed, wounded", [
    ("One man was killed and two others were injured in a shooting late Saturday, police said. "
     "Two other men were taken to a hospital with gunshot wounds.", 1, 2),
    ("A boy was killed and two other teens were wounded Saturday. Two other teens, ages 15 and "
     "17, were wounded.", 1, 2),
    ("Two policemen were killed on Monday. Two other policemen were killed when they arrived "
     "as reinforcement.", 4, 0),
])
def test_others_told_again_are_the_same_others(text, killed, wounded):
    assert killed_wounded(claims_of(text)) == (killed, wounded)


@pytest.mark.parametrize("text, value", [
    ("At least 3,000 people fled Dikwa on Monday.", 3000),
    ("Around 3,500 people had fled to the town of Bunia.", 3500),
    ("Around 1,900 people had crossed from El Geneina into neighbouring Chad.", 1900),
    ("About 13,000 people have taken shelter in Mizoram.", 13000),
    ("Around 1,200 people fled towards Pemba.", 1200),
    ("Hundreds of villagers fled into the bush.", 100),
    ("More than 400 residents have deserted their homes.", 400),
    ("Hundreds of residents have deserted the village.", 100),
    ("More than 3,000 households have fled.", 3000),
    ("About 3,000 residents fled across the border into Chad.", 3000),
])
def test_people_who_fled_to_a_place_are_displaced(text, value):
    (m,) = claims_of(text).claims
    assert (m.outcome.value, m.figure.value) == ("displaced", value)


@pytest.mark.parametrize("text", [
    "Two suspects fled Dikwa on Monday.",  # a few, not residents: no displacement
    "About 30 soldiers crossed into Chad.",
    "The two suspects fled towards the highway.",
])
def test_a_few_who_fled_or_soldiers_who_crossed_are_no_displacement(text):
    assert not claims_of(text).claims


@pytest.mark.parametrize("text, value", [
    # a wish of the subject's own clause does not make the killing unrealised
    ("Rebels who want independence have killed 30 people since 2017.", 30),
    ("Fighting between the army and rebels seeking independence has killed more than 3,000 "
     "people.", 3001),
])
def test_a_wish_in_the_subject_is_no_modal(text, value):
    (c,) = claims_of(text).claims
    assert c.figure.best == value


@pytest.mark.parametrize("text", ["He could have killed five people.",
                                  "He threatened to kill two people."])
def test_unrealised_killings_stay_out(text):
    assert not claims_of(text).claims


@pytest.mark.parametrize("text, outcomes", [
    ("Troops killed one rebel and captured two others.", ["killed", "arrested"]),
    ("Troops killed three rebels and captured two others.", ["killed", "arrested"]),
    ("Insurgents captured 12 policemen.", ["abducted"]),
    ("Insurgents captured 12 Humvees and two armoured personnel carriers.", []),
    ("It was the third deadly attack on the army this month.", []),
    ("Police are investigating a deadly shooting on Main Street.", ["killed"]),
])
def test_captured_and_deadly(text, outcomes):
    assert [c.outcome.value for c in claims_of(text).claims] == outcomes


@pytest.mark.parametrize("text, source", [
    ("A car bomb claimed by the al Shabaab group killed at least 12 people on Monday, police "
     "said.", "police"),
    ("A municipal police officer who was not authorized to speak publicly told The "
     "Associated Press that gunmen killed 11 people.", "A municipal police officer"),
    ("A doctor who asked not to be named said 12 people were killed.", "A doctor"),
    ("A medical official at al-Thawra hospital in Hodeidah city told Reuters that 12 people "
     "were killed.", "A medical official at al-Thawra hospital in Hodeidah city"),
])
def test_who_told_the_toll(text, source):
    (c,) = claims_of(text).claims
    assert c.source is not None and c.source.name == source


def test_a_concession_names_no_speaker():
    (c,) = claims_of("The mission has verified more than 10,300 civilian deaths, though it "
                     "says the real figure is higher.").claims
    assert c.source is None or "though" not in c.source.name


@pytest.mark.parametrize("text, outcome", [
    ("Among the wounded was a 9-year-old girl, the governor said.", "wounded"),
    ("Among the dead was a policeman, Synehubov said.", "killed"),
])
def test_the_speaker_after_an_inverted_victim_is_no_second_victim(text, outcome):
    (c,) = claims_of(text).claims
    assert (c.outcome.value, c.figure.best) == (outcome, 1)


@pytest.mark.parametrize("text, kind", [
    ("Maoists killed a village headman on Monday.", "civilians"),
    ("A shell killed two paramedics near the front.", "civilians"),
    ("Militants killed three Levies in Khyber.", "combatants"),
])
def test_more_kinds_of_victims(text, kind):
    (c,) = claims_of(text).claims
    assert c.victims.type.value == kind


@pytest.mark.parametrize("text", [
    "A bomb killed 11 people in the market on Monday. The dead included a policeman.",
    "A bomb killed 11 people in the market on Monday. A policeman was among the dead.",
    "A bomb killed 11 people in the market on Monday. A policeman was also among those killed.",
])
def test_one_person_among_the_dead_is_a_part_of_the_toll(text):
    whole, part = claims_of(text).claims
    assert (part.figure.best, part.victims.actor, part.part_of) == (1, "police", whole.id)
    assert claims_of(text).totals[Outcome.KILLED].best == 11


@pytest.mark.parametrize("text, killed", [
    # an aircraft's crash by mishap kills no one in the sense of a casualty of violence
    ("A helicopter that crashed Sunday evening in the East River, killing all five "
     "passengers aboard, was pulled from the water.", 0),
    ("Twelve soldiers died when their plane went down in bad weather, the army said.", 0),
    # one brought down is an attack
    ("A military helicopter crashed after it was hit by a missile, killing all five "
     "soldiers aboard.", 5),
    ("Rebels shot down a helicopter in Idlib, killing two pilots, the monitor said.", 2),
])
def test_an_air_crash_by_mishap_is_no_killing(text, killed):
    t = claims_of(text).totals
    assert (t[Outcome.KILLED].best if Outcome.KILLED in t else 0) == killed


@pytest.mark.parametrize("text, wounded", [
    ("A 10-year-old girl, her mother and a 52-year-old man were wounded Tuesday night.", 3),
    ("A woman, her son and her daughter were wounded.", 3),
    # an apposition is the same person
    ("The victim, her mother, was wounded on Tuesday.", 1),
])
def test_a_possessive_item_inside_a_list_of_people_counts(text, wounded):
    assert claims_of(text).totals[Outcome.WOUNDED].best == wounded


@pytest.mark.parametrize("text, part, actor", [
    ("Air strikes killed 31 people, nine of them children, in Maaret al-Numan on Monday.",
     9, "children"),
    ("Five people were killed, three of them Hezbollah fighters, the group said.", 3,
     "Hezbollah"),
])
def test_n_of_them_with_a_victim_noun_is_a_part(text, part, actor):
    ex = claims_of(text)
    (p,) = [c for c in ex.claims if c.part_of]
    assert (p.figure.best, p.victims.actor) == (part, actor)
    assert ex.totals[Outcome.KILLED].best == max(c.figure.best for c in ex.claims)


@pytest.mark.parametrize("text, vtype", [
    ("Militants killed two paramilitary rangers in Yala on Friday.", VictimType.COMBATANTS),
    ("Gunmen shot dead a road contractor and two engineers on Monday.", VictimType.CIVILIANS),
    ("Insurgents killed a rubber tapper near the border.", VictimType.CIVILIANS),
    ("The deputy mayor was abducted by separatists.", VictimType.CIVILIANS),
])
def test_more_victim_nouns_are_typed(text, vtype):
    ex = claims_of(text)
    assert ex.claims and all(c.victims.type == vtype for c in ex.claims)


def test_another_wounded_after_find_one_dead():
    # the elided auxiliary is borrowed from "find", as from "found" or "left"
    t = claims_of("Deputies responded to a call to find one man dead and another seriously "
                  "wounded.").totals
    assert (t[Outcome.KILLED].best, t[Outcome.WOUNDED].best) == (1, 1)


@pytest.mark.parametrize("text, killed", [
    ("Fourteen soldiers fell in battle on Monday.", 14),
    ("Fourteen of our men fell with their weapons in hand, and 23 others were wounded.", 14),
    ("Three soldiers fell on the battlefield.", 3),
    ("Two soldiers fell from a truck and were hurt.", 0),
])
def test_soldiers_who_fell_in_battle_died(text, killed):
    t = claims_of(text).totals
    assert (t[Outcome.KILLED].best if Outcome.KILLED in t else 0) == killed


def test_a_speaker_who_wrote_is_no_victim():
    # "wrote on Telegram that" ends the clause as "said that" does
    ex = claims_of("Gladkov wrote on Telegram that a man and a woman died.")
    assert ex.totals[Outcome.KILLED].best == 2
    assert ex.claims[0].source is not None and ex.claims[0].source.name == "Gladkov"


@pytest.mark.parametrize("text, outcome, n", [
    ("The war claimed some 100,000 lives.", Outcome.KILLED, 100000),
    ("The conflict has cost more than 3,000 lives.", Outcome.KILLED, 3001),
    ("The war drove 2.2 million people from their homes.", Outcome.DISPLACED, 2200000),
])
def test_lives_claimed_and_people_driven_from_their_homes(text, outcome, n):
    (c,) = claims_of(text).claims
    assert (c.outcome, c.figure.best) == (outcome, n)


def test_a_cost_in_money_is_no_toll():
    assert claims_of("The bill would cost 3 million dollars.").claims == ()


@pytest.mark.parametrize("text, part", [
    # a part in an aside between the subject and its verb
    ("Three civilians, including a 10-year-old boy, were killed on Wednesday.", "boy"),
    ("Two people, including a priest, were killed in the attack.", "priest"),
])
def test_a_singular_part_inside_the_subjects_aside(text, part):
    ex = claims_of(text)
    (p,) = [c for c in ex.claims if c.part_of]
    assert (p.figure.best, p.victims.actor) == (1, part)
    assert ex.totals[Outcome.KILLED].best == max(c.figure.best for c in ex.claims)


@pytest.mark.parametrize("text, killed", [
    ("Sixteen of its members lost their lives in the attack.", 16),
    ("Five of the workers lost their jobs.", 0),
])
def test_some_of_a_group_who_lost_their_lives(text, killed):
    t = claims_of(text).totals
    assert (t[Outcome.KILLED].best if Outcome.KILLED in t else 0) == killed


@pytest.mark.parametrize("text, displaced", [
    ("More than 600 families had registered as displaced in the provincial capital.", [600]),
    ("More than 1.3 million have been registered as internally displaced.", [1300000]),
    ("The offensive displaced nearly 1 million people, most of whom have since returned.",
     [1000000]),
    ("The crackdown drove some 650,000 villagers into Bangladesh.", [650000]),
    ("About 130 families have left their homes in the hamlets around the town.", [130]),
    ("About 1,500 villagers moved to temporary shelters after the shelling.", [1500]),
    ("Some 300 residents took refuge in the school.", [300]),
    ("About 40 families fled to evacuation centres in the town.", [40]),
    # not displacement
    ("Two men left their homes on Friday morning.", []),
    ("The suspect drove 30 miles into Texas.", []),
    ("About 50 officers moved to the scene.", []),
])
def test_displacement_told_in_more_words(text, displaced):
    assert [c.value for c in claims_of(text).claims if c.outcome == Outcome.DISPLACED] == \
        displaced


@pytest.mark.parametrize("text, second", [
    ("Maoists ambushed a patrol, killing four troopers and wounding seven.",
     ("wounded", 7, "combatants")),
    ("The strike killed at least nine civilians and wounded 34.", ("wounded", 34, "civilians")),
    ("Police raided the camp, killing two suspected rebels and arresting five.",
     ("arrested", 5, "combatants")),
    # the second group named: its own
    ("Gunmen killed two policemen and wounded three civilians.", ("wounded", 3, "civilians")),
    ("The blast killed three people and wounded 19.", ("wounded", 19, "unknown")),
])
def test_a_bare_number_after_another_active_verb_is_more_of_the_victims(text, second):
    c = claims_of(text).claims[1]
    assert (c.outcome.value, c.value, c.victims.type.value) == second


@pytest.mark.parametrize("text, claims", [
    ("Gunmen killed at least 19 people on Monday, a doctor at the town's hospital said.",
     [("killed", 19)]),
    ("Gunmen killed 19 people on Monday, an official at the hospital told AFP.",
     [("killed", 19)]),
    ("Shelling wounded about 50 on Sunday night, a member of the municipal council said.",
     [("wounded", 50)]),
    # a list of victims still counts its people
    ("Gunmen killed two soldiers, a driver and a child in Kano.",
     [("killed", 2), ("killed", 1), ("killed", 1)]),
])
def test_a_speaker_with_a_phrase_after_a_toll_is_no_victim(text, claims):
    assert [(c.outcome.value, c.value) for c in claims_of(text).claims] == claims


@pytest.mark.parametrize("text, victims", [
    ("Clashes broke out with anti-balaka militiamen, four of whom were killed.",
     ("combatants", "militiamen")),
    ("Army-aligned militias attacked the town, and troops killed 40 of them, the army said.",
     ("combatants", "militias")),
    # the doers are not whom "them" counts
    ("Gunmen attacked the village and killed six of them.", ("unknown", None)),
])
def test_of_them_and_of_whom_count_the_people_told_before(text, victims):
    c = claims_of(text).claims[0]
    assert (c.victims.type.value, c.victims.actor) == victims


@pytest.mark.parametrize("text, outcome, total", [
    ("A Canadian missionary and her two Haitian colleagues were abducted on Sunday.",
     Outcome.ABDUCTED, 3),
    ("A woman and her two children were killed when a shell hit their house.",
     Outcome.KILLED, 3),
])
def test_a_person_and_her_n_others_are_all_counted(text, outcome, total):
    assert claims_of(text).totals[outcome].best == total


@pytest.mark.parametrize("text, part", [
    ("Six Maoist rebels, including two women, were killed in a gunfight.", "combatants"),
    ("Three civilians, including a 60-year-old man, were killed.", "civilians"),
    ("Twelve people, including two women, were killed.", "civilians"),
])
def test_a_parts_men_or_women_are_of_the_wholes_kind(text, part):
    assert claims_of(text).claims[1].victims.type.value == part


@pytest.mark.parametrize("text, killed", [
    ('The Maoists said in a statement that they had "annihilated" 12 security personnel.', 12),
    ("Government troops annihilated 30 militants in the raid.", 30),
])
def test_annihilated_is_killed(text, killed):
    assert killed_wounded(claims_of(text))[0] == killed


@pytest.mark.parametrize("text, outcome, best, actor", [
    ("Police raised to 27 the number of people killed in the attack on Sunday.",
     Outcome.KILLED, 27, None),
    ("Two more bodies were found, bringing to 14 the number of soldiers killed in the ambush.",
     Outcome.KILLED, 14, "soldiers"),
    ("The blast on Sunday brought to 31 the death toll, officials said.", Outcome.KILLED, 31,
     None),
    ("The strike raised to 40 the number of civilians wounded this week.", Outcome.WOUNDED, 40,
     None),
])
def test_a_toll_named_after_the_figure_it_was_raised_to(text, outcome, best, actor):
    ex = claims_of(text)
    assert ex.totals[outcome].best == best
    assert [c.victims.actor for c in ex.claims if c.outcome == outcome] == [actor]


@pytest.mark.parametrize("text", [
    "The aid raised to 40 the number of schools reopened this week.",
    "Raised to 40 the temperature, the oven was left on.",
])
def test_a_figure_raised_to_without_a_toll_counts_no_one(text):
    assert claims_of(text).claims == ()


@pytest.mark.parametrize("text, source", [
    ("The explosion raised the death toll to 40.", None),
    ("The strike raised to 40 the number of civilians wounded.", None),
    ("Health officials raised the death toll to 40.", "Health officials"),
])
def test_the_event_that_raised_a_toll_is_no_speaker(text, source):
    assert [c.source.name if c.source else None for c in claims_of(text).claims] == [source]


@pytest.mark.parametrize("text, outcomes", [
    ('"We received 19 bodies, and 47 people were admitted with injuries," a doctor said.',
     {Outcome.KILLED: 19, Outcome.WOUNDED: 47}),
    ("About 1,400 people were killed in the attack and some 240 taken hostage.",
     {Outcome.KILLED: 1400, Outcome.ABDUCTED: 240}),
    ("Three soldiers were killed and two civilians were also in the car.",
     {Outcome.KILLED: 3}),
    ('"Two people are dead, and two children have lost both of their parents."',
     {Outcome.KILLED: 2}),
    # a verb of their own that is a casualty's, after an adverb
    ("Two soldiers were killed and three civilians were reportedly wounded.",
     {Outcome.KILLED: 2, Outcome.WOUNDED: 3}),
])
def test_a_coordinated_figure_with_a_predicate_of_its_own_takes_that_predicate(text, outcomes):
    assert {o: t.best for o, t in claims_of(text).totals.items()} == outcomes


@pytest.mark.parametrize("text, outcome", [
    ("Deshawn Carter was arrested Monday and charged with murder.", Outcome.ARRESTED),
    ("Carter was detained at his home.", Outcome.ARRESTED),
    ("Maria Lopez was abducted from her farm on Sunday.", Outcome.ABDUCTED),
])
def test_a_named_person_arrested_or_abducted_is_one(text, outcome):
    assert claims_of(text).totals[outcome].best == 1


def test_a_named_arrest_told_twice_is_one():
    ex = claims_of("Police arrested Deshawn Carter, 22, on Monday. Carter was arrested at his "
                   "home.")
    assert ex.totals[Outcome.ARRESTED].best == 1


def test_lost_men_are_dead_even_when_others_were_injured_after_them():
    ex = claims_of('"We lost 16 men, including a lieutenant, and 23 others were injured," '
                   'the officer said.')
    assert killed_wounded(ex) == (16, 23)


@pytest.mark.parametrize("text, displaced", [
    ("At least 20 people were wounded and about 1,500 residents had fled, officials said.", 1500),
    ("About 1,500 residents have fled since Monday.", 1500),
    # past an aside, and fled again
    ("More than 9,000 residents, or about 1,900 families, have fled the fighting.", 9001),
    ("Around 2,500 families have fled again, officials said.", 2500),
    # people the text calls displaced
    ("Over 15,000 displaced persons are taking refuge in 11 camps, the agency said.", 15001),
])
def test_residents_who_fled_are_displaced_without_a_destination(text, displaced):
    assert claims_of(text).totals[Outcome.DISPLACED].best == displaced


def test_two_suspects_who_fled_are_not_displaced():
    assert claims_of("Two suspects fled, police said.").claims == ()


@pytest.mark.parametrize("text, whole", [
    ("At least 703 Iraqis, including 564 civilians, were killed on Sunday.", 703),
    ("At least 28 Rohingya, most of them community leaders, have been killed.", 28),
])
def test_a_people_named_before_an_aside_are_counted(text, whole):
    assert claims_of(text).totals[Outcome.KILLED].best == whole


def test_a_part_told_in_a_year_is_counted_as_its_whole():
    ex = claims_of("At least 703 Iraqis, including 564 civilians, were killed in 2013.")
    assert [c.scope for c in ex.claims] == [ex.claims[0].scope] * 2


@pytest.mark.parametrize("text", [
    "Fighters from both sides were killed in the clashes.",
    "Civilians on both sides of the border were killed.",
])
def test_both_sides_are_no_two_people(text):
    assert all(c.value != 2 for c in claims_of(text).claims)


@pytest.mark.parametrize("text", [
    "A 28-year-old Hutchinson man was shot Saturday.",
    "A 27-year-old Sioux Falls man was killed.",
])
def test_a_town_between_an_age_and_the_person_is_no_victim(text):
    assert [c.victims.actor for c in claims_of(text).claims] == ["man"]


@pytest.mark.parametrize("text", [
    "No one else among the six people inside was hurt.",
    "About 80% of Gaza's 2.3 million people have fled their homes.",
    "About 80 percent of the 2,000 residents have fled their homes.",
])
def test_no_one_among_n_and_a_share_of_n_count_no_n(text):
    assert claims_of(text).claims == ()


def test_among_the_n_dead_still_counts_them():
    assert claims_of("Among the six people killed were two children.").totals[
        Outcome.KILLED].best == 6


def test_people_treated_for_wounds_are_wounded_and_the_bodies_before_are_not():
    ex = claims_of("The hospital received 58 bodies and treated more than 100 people for "
                   "gunshot wounds.")
    assert killed_wounded(ex) == (58, 101)


def test_people_treated_for_no_wound_are_not_wounded():
    assert claims_of("Medics treated 40 people for smoke inhalation.").claims == ()


@pytest.mark.parametrize("text, killed", [
    ("Police found two women who had been shot. One of them, a 41-year-old, died after being "
     "taken to UAB Hospital.", 1),
    ("Gunmen seized 12 villagers. Five of them, among them three children, were killed.", 5),
])
def test_n_of_them_with_an_aside_before_the_verb(text, killed):
    assert claims_of(text).totals[Outcome.KILLED].best == killed


def test_n_of_them_with_an_aside_and_no_casualty_verb_counts_no_one():
    assert claims_of("One of them, the police said, was not hurt.").claims == ()


def test_including_two_who_died_are_the_dead_among_those_shot():
    ex = claims_of("Nine people were shot, including two who died, police said.")
    assert killed_wounded(ex) == (2, 7)


@pytest.mark.parametrize("text, killed, wounded", [
    ("Police found two women who had been shot.", 0, 2),
    ("Officers found three men who had been killed.", 3, 0),
    ("Police found two men who were hiding in a shed.", 0, 0),
])
def test_people_found_with_a_relative_clause_of_their_fate(text, killed, wounded):
    assert killed_wounded(claims_of(text)) == (killed, wounded)


@pytest.mark.parametrize("text, outcome, best", [
    ("Four men, ages 19 to 38, were wounded.", Outcome.WOUNDED, 4),
    ("Two men, 20 and 24, were killed.", Outcome.KILLED, 2),
    ("Four men, aged 19 and 38, were arrested.", Outcome.ARRESTED, 4),
])
def test_ages_between_the_people_and_their_verb(text, outcome, best):
    ex = claims_of(text)
    assert {o: t.best for o, t in ex.totals.items()} == {outcome: best}


@pytest.mark.parametrize("text, outcome, best", [
    ("Police arrested six suspects and seized assault rifles and a grenade launcher.",
     Outcome.ARRESTED, 6),
    ("The attack killed 4 civilians and a 12-year-old.", Outcome.KILLED, 5),
])
def test_one_more_joined_by_and_only_to_the_same_verbs_object(text, outcome, best):
    assert claims_of(text).totals[outcome].best == best


@pytest.mark.parametrize("text, wounded", [
    ("Two men, 20 and 24, were hit in the legs.", 2),
    ("Two men were hit in the head with bricks.", 0),
])
def test_people_hit_in_a_body_part_were_shot(text, wounded):
    assert killed_wounded(claims_of(text)) == (0, wounded)


@pytest.mark.parametrize("text, killed, wounded", [
    ("Three people were shot in the chest and later died.", 3, 0),
    ("Two men were shot and both died at the hospital.", 2, 0),
    ("Two men were shot and one died.", 1, 1),
    ("Two men were shot and taken to a hospital.", 0, 2),
])
def test_people_shot_and_who_died_are_dead(text, killed, wounded):
    assert killed_wounded(claims_of(text)) == (killed, wounded)


def test_among_the_dead_told_after_the_toll_is_a_part_of_it():
    ex = claims_of("At least 53 people were killed. Among the dead were two children.")
    whole, part = ex.claims
    assert (part.value, part.part_of) == (2, whole.id)
    assert ex.totals[Outcome.KILLED].best == 53


_SHOOTING_OPENER = "Police are investigating a shooting on Main Street on Monday night. "


@pytest.mark.parametrize("text, wounded", [
    ("A man and his wife were taken to the hospital.", 2),
    ("Police said a man and his wife were taken to the hospital.", 2),
    ("The man and the woman were treated for gunshot wounds.", 2),
    ("Two men and a woman were taken to the hospital.", 3),
    ("The teen and the passerby were shot.", 2),
    ("He shot a man and the woman was taken to the hospital.", 1),
])
def test_people_joined_by_and_are_hurt_together(text, wounded):
    assert killed_wounded(claims_of(_SHOOTING_OPENER + text)) == (0, wounded)


@pytest.mark.parametrize("text, wounded", [
    ("One of the officers received a minor injury during the incident.", 1),
    ("Two of the victims were taken to the hospital.", 2),
])
def test_some_of_a_group_hurt(text, wounded):
    assert killed_wounded(claims_of(_SHOOTING_OPENER + text)) == (0, wounded)


def test_some_of_the_victims_told_later_are_a_part_of_those_shot():
    ex = claims_of("Three people were shot on Main Street on Monday night. "
                   "Two of the victims were seriously wounded.")
    whole, part = ex.claims
    assert (whole.value, part.value, part.part_of) == (3, 2, whole.id)
    assert killed_wounded(ex) == (0, 3)
    # none of that fate told before: the victims' own count
    ex = claims_of("Three people were killed on Main Street on Monday night. "
                   "Two of the victims were seriously wounded.")
    assert killed_wounded(ex) == (3, 2)


@pytest.mark.parametrize("text, wounded", [
    ("The suspect is 23-year-old John Doe, who suffered a self-inflicted gunshot wound.", 1),
    ("Doe, 25, who suffered a gunshot wound, is recovering.", 1),
    ("Police found two 10-year-old children with graze wounds.", 2),
    ("Among those struck were two 10-year-old children, who suffered graze wounds.", 2),
    ("Police spoke to the shop owner, who said he heard shots.", 0),
])
def test_the_one_a_relative_clause_says_was_hurt(text, wounded):
    assert killed_wounded(claims_of(_SHOOTING_OPENER + text)) == (0, wounded)


@pytest.mark.parametrize("text, outcome, best", [
    ("The Houthi-run Saba news agency claimed that 'dozens' of government soldiers were "
     "killed.", Outcome.KILLED, 12),
    ("The Ministry of Defence said 'several' attackers were killed.", Outcome.KILLED, 3),
    ("FAMa claimed that a further 6 militants were 'neutralised'.", Outcome.KILLED, 6),
    # a party's quoted label for the victims stays theirs
    ('IS said it had killed more than 70 "rafidah", a derogatory term.', Outcome.KILLED, 71),
])
def test_a_one_word_quotation_is_read_as_the_word(text, outcome, best):
    assert {o: t.best for o, t in claims_of(text).totals.items()} == {outcome: best}


@pytest.mark.parametrize("text, source", [
    ("Local civil society puts the toll at 13 dead.", "Local civil society"),
    ("The ministry reports 13 people killed.", "The ministry"),
])
def test_tellers_in_the_present_tense(text, source):
    assert [c.source.name for c in claims_of(text).claims] == [source]


def test_ranks_of_south_asian_armies_are_combatants():
    ex = claims_of("On 3 May 2020, a captain and a sepoy were killed by shelling.")
    assert [c.victims.type for c in ex.claims] == [VictimType.COMBATANTS]


@pytest.mark.parametrize("text, outcome", [
    ("The Taliban claimed to have killed 8 ANA soldiers and captured 3 others.",
     Outcome.ABDUCTED),
    ("Troops killed three rebels and captured two others.", Outcome.ARRESTED),
])
def test_who_captures_says_abducted_or_arrested(text, outcome):
    assert [c.outcome for c in claims_of(text).claims if c.value in (2, 3)][-1] == outcome


@pytest.mark.parametrize("text, source", [
    ("Israeli strikes have killed at least 340 people in Lebanon since October 8, according to "
     "an AFP tally.", "AFP tally"),
    ("The latest deaths bring to 143 the number of Palestinians killed this year, according "
     "to a Reuters tally based on health ministry figures.", "Reuters tally"),
    ("At least 20 people were killed, according to U.N. figures.", "U.N."),
])
def test_a_wire_agencys_own_tally_is_its_source(text, source):
    assert [c.source.name for c in claims_of(text).claims] == [source]


@pytest.mark.parametrize("text, killed, wounded", [
    ("A man was shot in the chest on Sunday. He was taken to Eskenazi Hospital in critical "
     "condition and died Monday morning.", 1, 0),
    ("Police said a man was taken to the hospital in critical condition and later died.", 1, 0),
    ("The suspect was arrested, and the victim died.", 1, 0),
])
def test_a_death_joined_to_a_passive_is_its_subjects(text, killed, wounded):
    assert killed_wounded(claims_of(text)) == (killed, wounded)


@pytest.mark.parametrize("text, value", [
    ("Rescuers were searching for three people believed to be buried under a collapsed shop.",
     3),
    ("At least four people were trapped under the building, the civil defence said.", 4),
    # not (yet) accounted for
    ("The company said that 10 of its contractors had still not been accounted for on "
     "Thursday morning.", 10),
    ("Five miners have not yet been accounted for, officials said.", 5),
])
def test_people_under_rubble_or_not_accounted_for_are_missing(text, value):
    (c,) = claims_of(text).claims
    assert (c.outcome, c.value) == (Outcome.MISSING, value)


@pytest.mark.parametrize("text", [
    "Fifty people were trapped in the building by the fighting.",
    "All five guards have been accounted for, officials said.",
])
def test_people_trapped_elsewhere_or_accounted_for_are_no_claim(text):
    assert claims_of(text).claims == ()


def test_a_place_before_and_is_no_one_more_arrested():
    ex = claims_of("A woman was wounded in a shooting at an apartment complex in northwest "
                   "Oklahoma City, and two suspects were arrested hours later, police said.")
    assert [(c.outcome, c.value) for c in ex.claims] == [(Outcome.WOUNDED, 1),
                                                         (Outcome.ARRESTED, 2)]


def test_males_told_again_as_teenagers_are_the_same_arrests():
    ex = claims_of("A driver was shot on Monday, and three teenagers were taken into custody "
                   "hours later. Detectives tracked the car to an apartment complex, where three "
                   "males, ages 16, 17 and 18, were arrested about 8 p.m., police said.")
    assert ex.totals[Outcome.ARRESTED].best == 3


def test_the_last_day_of_a_day_range_is_no_figure():
    ex = claims_of("The ombudsman said the offensive on September 19-20 had killed at least "
                   "200 people.")
    assert [c.value for c in ex.claims] == [200]


def test_a_read_also_link_is_page_furniture():
    ex = claims_of("A drone strike killed two people in Kharkiv on Sunday, the governor said.\n\n"
                   "Read also: Russian attacks kill 6, injure 30 over past day\n\n"
                   "Air raid alerts sounded across the region.")
    assert killed_wounded(ex) == (2, 0)


@pytest.mark.parametrize("text, sources", [
    # the paragraph goes on with the teller named just before
    ("Four inmates were killed in the riot, the SNAI prison authority said in a statement. "
     "Two guards were wounded.", ["SNAI prison authority", "SNAI prison authority"]),
    # but not into another thread of the story, nor past a new paragraph
    ("Gunmen shot dead an intelligence officer on Sunday, security sources said. On March 7, "
     "fighters overran a checkpoint, killing four soldiers.", ["security sources", None]),
    ("Four inmates were killed in the riot, the prison authority said.\n\nTwo guards were "
     "wounded.", ["the prison authority", None]),
    # nor from someone who did not tell it
    ("Neighbors reported hearing gunshots. A man was found shot to death.", [None]),
])
def test_a_sentence_with_no_teller_goes_on_with_the_one_just_before(text, sources):
    assert [c.source.name if c.source else None for c in claims_of(text).claims] == sources


@pytest.mark.parametrize("text, source", [
    # an organisation's two-word name is no person: "It" stands for it
    ("The Gezira Conference, a grassroots group that documents abuses, said gunmen stormed "
     "the town. It said 42 people were killed there.", "Gezira Conference"),
    # the one a relative clause describes speaks, though the clause tells of the dead
    ("A resident who helped bury the dead said 13 people were killed.", "A resident"),
])
def test_a_teller_behind_a_pronoun_or_a_relative_clause_is_found(text, source):
    assert [c.source.name for c in claims_of(text).claims] == [source]


@pytest.mark.parametrize("text", [
    "Military sources said at least 35 Houthis died in the clashes.",
    "At least 35 Houthis were killed in the clashes, military sources said.",
])
def test_an_armed_groups_name_in_the_plural_is_the_victims_of_a_figure(text):
    (c,) = claims_of(text).claims
    assert (c.value, c.victims.type.value, c.victims.actor) == (35, "combatants", "Houthis")


def test_the_killer_told_dead_again_by_himself_is_one_claim():
    ex = claims_of("A 44-year-old man fatally shot his wife and then killed himself inside their "
                   "home Wednesday morning, police said. Brandt said investigators believe the "
                   "man shot his wife before turning the gun on himself.")
    assert [c.figure.span.surface for c in ex.claims if c.outcome == Outcome.KILLED] == [
        "his wife", "himself"]
    assert ex.totals[Outcome.KILLED].best == 2


@pytest.mark.parametrize("text, outcome, value", [
    ("Two guards who had been taken hostage by inmates on Sunday night were freed unharmed on "
     "Monday, the prison authority said.", Outcome.ABDUCTED, 2),
    ("Police officers clashed with gunmen during an operation to rescue two officers who were "
     "kidnapped.", Outcome.ABDUCTED, 2),
])
def test_a_relative_clauses_own_passive_tells_what_befell_its_subject(text, outcome, value):
    assert [(c.outcome, c.value) for c in claims_of(text).claims] == [(outcome, value)]


def test_a_relative_clauses_wound_gives_way_to_the_main_verbs_fate():
    # (not "three wounded" from the relative clause alone; nothing was read before)
    ex = claims_of("Three people who were wounded in the attack died in hospital.")
    assert [(c.outcome, c.value) for c in ex.claims] == [(Outcome.KILLED, 3)]


@pytest.mark.parametrize("text, outcome, value", [
    ("More than 63,000 Ukrainians were officially listed as missing, the commissioner said.",
     Outcome.MISSING, 63000),
    ("About 3,000 villagers fled to nearby forests and had not returned, he added.",
     Outcome.DISPLACED, 3000),
])
def test_missing_listed_and_fleeing_to_nearby_places_are_read(text, outcome, value):
    assert [(c.outcome, c.value) for c in claims_of(text).claims] == [(outcome, value)]


def test_an_estimated_figure_has_no_teller_called_estimated():
    ex = claims_of("- Clashes between the army and the M23 armed group around Sake have displaced "
                   "an estimated 135,000 people since 2 February.")
    assert [(c.value, c.source) for c in ex.claims] == [(135000, None)]


def test_adding_goes_on_with_the_one_who_said_it():
    ex = claims_of("Troops killed two of the attackers, the command said, adding that one soldier "
                   "was unaccounted for.")
    assert [(c.outcome, c.source.name) for c in ex.claims] == [
        (Outcome.KILLED, "the command"), (Outcome.MISSING, "the command")]


@pytest.mark.parametrize("text, outcome, value, vtype, actor", [
    # a state word before the people in it: the noun after it is who they were
    ("A doctor said nine injured soldiers had been brought to the hospital.", "wounded", 9,
     "combatants", "soldiers"),
    ("An official said around 20 dead soldiers were found near the post.", "killed", 20,
     "combatants", "soldiers"),
    # and wounded people who died are dead
    ("The toll rose to seven after two wounded soldiers died in hospital.", "killed", 2,
     "combatants", "soldiers"),
    # one of a group counted by role, whatever the role: of the group's kind
    ("Five soldiers, including a captain, were martyred on Tuesday.", "killed", 1,
     "combatants", None),
    ("A former sarpanch was shot dead by militants on Tuesday.", "killed", 1, "civilians",
     "sarpanch"),
    ("Two policemen, including a sub-inspector, were injured.", "wounded", 1, "combatants",
     "sub-inspector"),
])
def test_people_told_by_a_state_word_or_a_role(text, outcome, value, vtype, actor):
    ex = claims_of(text)
    c = next(c for c in ex.claims if c.outcome.value == outcome and c.figure.value == value
             and (c.part_of is not None or value != 1 or "including" not in text))
    assert (c.victims.type.value, c.victims.actor) == (vtype, actor)


def test_a_wounded_man_arrested_is_wounded_and_arrested():
    ex = claims_of("Security forces and Maoists exchanged fire and one wounded Maoist was "
                   "arrested.")
    assert {c.outcome.value for c in ex.claims} == {"wounded", "arrested"}


def test_how_the_slain_died_is_no_one_wounded():
    ex = claims_of("Two soldiers were killed in the clash on Sunday. The slain soldier, a corporal "
                   "from Leyte, was hit in the chest while covering his squad, the colonel added.")
    assert killed_wounded(ex) == (2, 0)
    assert all(c.outcome == Outcome.KILLED for c in ex.claims)


def test_a_german_shepherd_is_a_dog_and_both_counts_the_pair_once():
    ex = claims_of("A German shepherd was shot while trying to protect its owner during a home "
                   "invasion early Saturday in Southeast Albuquerque, and the owner and his wife "
                   "were both hurt before two suspects fled, police said.")
    assert ex.totals[Outcome.WOUNDED].best == 2
    assert len(ex.claims) == 1


def test_a_shepherd_alone_is_a_person():
    ex = claims_of("A shepherd was shot dead by militants near the border on Sunday.")
    assert ex.totals[Outcome.KILLED].best == 1


def test_two_named_people_both_arrested_are_two():
    ex = claims_of("Authorities say 30-year-old Juan Rivera and 42-year-old Marvin Allen were "
                   "both arrested for the crime.")
    assert ex.totals[Outcome.ARRESTED].best == 2
    assert len(ex.claims) == 1


@pytest.mark.parametrize(
    "text,outcome,vtype",
    [
        ("A sniper was killed by return fire.", Outcome.KILLED, VictimType.COMBATANTS),
        ("Two minors were killed in the shelling.", Outcome.KILLED, VictimType.CIVILIANS),
        ("Six medical staff were wounded in the strike on the hospital.", Outcome.WOUNDED,
         VictimType.CIVILIANS),
        ("Al shabaab militants abducted three staff working for an NGO.", Outcome.ABDUCTED,
         VictimType.CIVILIANS),
    ],
)
def test_snipers_minors_and_staff(text, outcome, vtype):
    (c,) = claims_of(text).claims
    assert (c.outcome, c.victims.type) == (outcome, vtype)


def test_the_staff_who_treated_him_are_not_the_wounded():
    ex = claims_of("A 23-year-old man sustained a gunshot wound to the left hip on Friday, "
                   "police said. He was treated by staff and listed in good condition.")
    assert len(ex.claims) == 1 and ex.claims[0].victims.actor != "staff"


@pytest.mark.parametrize(
    "text,source",
    [
        ("The Ethiopian Human Rights Commission (EHRC), in a report released on Tuesday, said "
         "at least 210 civilians had been killed in the region.",
         "Ethiopian Human Rights Commission"),
        ("Community Peacemaker Teams (CPT), a US-based group that documents Turkish strikes in "
         "the region, says at least 151 civilians have been killed.",
         "Community Peacemaker Teams"),
        ("Nine people, mostly children, are still unaccounted for, said the president of the "
         "site, Josephine Dzba.", "the president of the site"),
    ],
)
def test_the_speaker_past_an_acronym_an_aside_or_the_figures_own_clause(text, source):
    (c,) = claims_of(text).claims
    assert c.source is not None and c.source.name.startswith(source), c.source


def test_a_toll_that_reported_is_no_speaker():
    (c,) = claims_of("A first toll released on Wednesday reported 18 dead.").claims
    assert c.source is None


def test_a_third_after_and_borrows_the_auxiliary():
    ex = claims_of("Two police officers were killed and a third wounded in the attack.")
    assert (ex.totals[Outcome.KILLED].best, ex.totals[Outcome.WOUNDED].best) == (2, 1)


@pytest.mark.parametrize("text, killed, values", [
    # a list of people after the verb, closed by "and": each item counts
    ("An air strike on a house killed a man, his wife and their three children, medics said.",
     5, [1, 1, 3]),
    ("The strike killed a man, a woman and a child.", 3, [1, 1, 1]),
    ("A man, his wife and their three children were killed in an air strike on their house.",
     5, [1, 1, 3]),
    # an apposition is the same person again
    ("Gunmen killed a farmer, a father of three, on Monday.", 1, [1]),
    # a breakdown by place after a colon is inside its toll
    ("Three civilians were killed in the region: two in Pokrovsk and one in Kostiantynivka.",
     3, [3, 2, 1]),
])
def test_lists_of_the_dead_after_a_comma_or_colon(text, killed, values):
    ex = claims_of(text)
    assert sorted(c.value for c in ex.claims if c.outcome == Outcome.KILLED) == sorted(values)
    assert killed_wounded(ex)[0] == killed


def test_a_part_told_with_its_own_outcome_joins_the_toll_of_that_outcome():
    ex = claims_of("The mission said it had verified 10,582 civilian deaths and 19,875 injuries "
                   "since the invasion, including 587 children killed.")
    children = next(c for c in ex.claims if c.value == 587)
    assert children.outcome == Outcome.KILLED
    assert next(c for c in ex.claims if c.id == children.part_of).value == 10582


def test_a_heading_above_the_speaker_is_not_part_of_the_source():
    ex = claims_of("Russian strikes killed nine civilians across Ukraine on Monday.\n\n"
                   "DONETSK REGION\nGovernor Vadym Filashkin said three civilians were killed "
                   "in the region.")
    three = next(c for c in ex.claims if c.value == 3)
    assert three.source.name == "Governor Vadym Filashkin"
    assert three.source.span.surface == "Governor Vadym Filashkin"


@pytest.mark.parametrize("text, source", [
    # a described body stands for the one named before, else keeps its own words
    ("The UN Human Rights Monitoring Mission in Ukraine said 12 civilians were killed in "
     "Kherson in May. The mission said 130 civilians were killed in Donetsk in October.",
     "UN Human Rights Monitoring Mission in Ukraine"),
    ("The Human Rights Commission condemned the bombing. The rights group said at least 2,000 "
     "Shiites have been killed in sectarian attacks over the past decade.", "The rights group"),
])
def test_a_described_body_stands_for_its_name(text, source):
    last = claims_of(text).claims[-1]
    assert last.source is not None and last.source.name == source


@pytest.mark.parametrize("text, value", [
    # the dead counted by the kind of death
    ("The country recorded 4,812 violent deaths between January and August.", 4812),
    ("It registered 3,849 homicide victims between January and October.", 3849),
    # the shot, dead or not, are no count of the dead
    ("Upon arrival, two gunshot victims were located outside the house.", None),
])
def test_deaths_counted_by_their_kind(text, value):
    killed = [c.value for c in claims_of(text).claims if c.outcome == Outcome.KILLED]
    assert killed == ([value] if value else [])


@pytest.mark.parametrize("text, outcome, values", [
    # a list of who the dead were, after a colon that ends a long clause: parts of the toll
    ("At least 67 people were killed in clashes across the region over the weekend, officials "
     "in the provincial capital said on Monday: 29 civilians, 21 security personnel and 17 "
     "members of armed groups.", Outcome.KILLED, [67, 29, 21, 17]),
    ("17 people were reported injured: 10 prison guards, 5 inmates and 2 police officers.",
     Outcome.WOUNDED, [17, 10, 5, 2]),
])
def test_a_colon_list_of_people_is_parts_of_the_toll_before_it(text, outcome, values):
    ex = claims_of(text)
    whole = next(c for c in ex.claims if c.value == values[0])
    parts = [c for c in ex.claims if c.part_of == whole.id]
    assert sorted(c.value for c in parts) == sorted(values[1:])
    assert all(c.outcome == outcome for c in parts)
    assert all(c.scope == whole.scope for c in parts)


def test_a_colon_after_a_toll_does_not_swallow_a_clause_of_its_own():
    ex = claims_of("Two people died in the blast: three others were wounded by debris.")
    assert killed_wounded(ex) == (2, 3)


@pytest.mark.parametrize("text, outcome, whole", [
    # a relative clause after an including-list is told of the whole list
    ("Six people, including three women and two children, who had been abducted by the gang "
     "last week were freed.", Outcome.ABDUCTED, 6),
    ("Police recovered the bodies of six people, including three women and two children, who "
     "had been abducted from a relief camp last week.", Outcome.KILLED, 6),
    ("Gunmen killed 12 people, including two women and two children, who were sleeping in a "
     "school.", Outcome.KILLED, 12),
])
def test_a_relative_clause_after_an_including_list_is_the_wholes(text, outcome, whole):
    ex = claims_of(text)
    top = [c for c in ex.claims if c.part_of is None]
    assert [(c.outcome, c.value) for c in top] == [(outcome, whole)]
    assert sorted(c.value for c in ex.claims if c.part_of == top[0].id) == [2, 3] or \
        sorted(c.value for c in ex.claims if c.part_of == top[0].id) == [2, 2]


@pytest.mark.parametrize("text, value", [
    ("Four people were held in custody after the clash, police said.", 4),
    ("Police said two suspects were being held in custody on Monday.", 2),
])
def test_held_in_custody_is_an_arrest(text, value):
    ex = claims_of(text)
    assert [(c.outcome, c.value) for c in ex.claims] == [(Outcome.ARRESTED, value)]


@pytest.mark.parametrize("text, outcome, value", [
    # missing told as not seen since
    ("Two young men who were at the market have not been seen since the shooting, relatives "
     "said.", Outcome.MISSING, 2),
    ("Three fishermen have not been heard from since Tuesday.", Outcome.MISSING, 3),
    # displacement told as leaving a place or arriving after fleeing
    ("Some 2,000 residents left the village after the raid.", Outcome.DISPLACED, 2000),
    ("More than 500 families arrived in Macomia after fleeing the attacks, the district "
     "administrator said.", Outcome.DISPLACED, 500),
])
def test_missing_and_displaced_told_in_other_words(text, outcome, value):
    ex = claims_of(text)
    assert [(c.outcome, c.value) for c in ex.claims] == [(outcome, value)]


@pytest.mark.parametrize("text", [
    "Two suspects left the area before police arrived.",
    "About 40 people arrived at the hospital after the blast.",
    "The gunman has not been seen since the attack.",
])
def test_leaving_arriving_and_not_seen_alone_are_no_claims(text):
    assert not claims_of(text).claims


@pytest.mark.parametrize("text", [
    # a range of years is no count
    "The war in Bosnia from 1992 to 1995 killed about 100,000 people.",
    "The conflict between 1980 and 2000 killed an estimated 70,000 people, the commission "
    "said.",
])
def test_a_range_of_years_is_no_figure(text):
    assert [c.value for c in claims_of(text).claims] in ([100000], [70000])


def test_a_range_of_four_digit_counts_of_people_stays_a_figure():
    (c,) = claims_of("Between 1800 and 2000 people were displaced.").claims
    assert (c.outcome, c.figure.low, c.figure.high) == (Outcome.DISPLACED, 1800, 2000)


@pytest.mark.parametrize("text", [
    "Islamic State ambush kills Iraqi soldiers",
    "Gunmen killed Iraqi soldiers near Kirkuk on Monday.",
])
def test_a_peoples_word_before_a_plural_noun_is_no_named_person(text):
    assert not claims_of(text).claims


def test_a_title_before_a_name_still_names_one_person():
    (c,) = claims_of("Detectives arrested Trinidad resident Larry Morrow, 33, on Monday.").claims
    assert (c.outcome, c.value) == (Outcome.ARRESTED, 1)


@pytest.mark.parametrize("text, value", [
    ("The SDF acknowledged the loss of six of its fighters.", 6),
    ("The group mourned the loss of 12 fighters in the battle.", 12),
])
def test_the_loss_of_fighters_is_their_death(text, value):
    (c,) = claims_of(text).claims
    assert (c.outcome, c.value) == (Outcome.KILLED, value)


@pytest.mark.parametrize("text", [
    "The plant closure means the loss of 300 jobs.",
    "It reported the loss of 40 homes.",
])
def test_the_loss_of_things_is_no_claim(text):
    assert not claims_of(text).claims


@pytest.mark.parametrize("text, outcome, total", [
    # "and another" with the verb left out: one more of the same fate
    ("One soldier was killed in the attack and another in a separate ambush.", Outcome.KILLED,
     2),
    ("Shots were fired, hitting one man in the leg and another on the side, police said.",
     Outcome.WOUNDED, 2),
])
def test_and_another_with_the_verb_left_out_is_one_more(text, outcome, total):
    ex = claims_of(text)
    assert ex.totals[outcome].best == total


def test_and_another_with_its_own_verb_is_its_own_clause():
    ex = claims_of("One man died and another was wounded.")
    assert killed_wounded(ex) == (1, 1)


def test_a_second_part_told_after_and_is_a_part_too():
    ex = claims_of("Gunmen killed ten people. Four of the dead were taxi drivers and two were "
                   "passengers.")
    ten = next(c for c in ex.claims if c.value == 10)
    assert sorted(c.value for c in ex.claims if c.part_of == ten.id) == [2, 4]
    assert ex.totals[Outcome.KILLED].best == 10


def test_a_second_figure_with_its_own_fate_is_no_part():
    ex = claims_of("Gunmen killed ten people. Four of the dead were taxi drivers and two were "
                   "wounded.")
    assert killed_wounded(ex) == (10, 2)


@pytest.mark.parametrize("sentence, figures", [
    # people carried off from where they live or travel: an abduction, told without the word
    ("Armed men seized at least 11 passengers from a public bus on Tuesday, police said.",
     [("abducted", 11)]),
    ('"They took 14 people from that bus, not 11," said a relative of one of the captives.',
     [("abducted", 14)]),
    ("Police said 42 students, including 29 girls, were taken from the Government Secondary "
     "School in Moriki, along with two teachers.",
     [("abducted", 42), ("abducted", 29), ("abducted", 2)]),
    ("The army said the victims - three Indonesians and a Filipino crewman - were taken by "
     "six armed men on board a speedboat.", [("abducted", 3)]),
    # care, custody and things are no captivity
    ("Two men were taken from the scene to a hospital.", []),
    ("At least two victims were taken from a house in wheelchairs to ambulances.", []),
    ("Police seized 20 rifles from the house.", []),
    ("The soldiers took 200 villagers from the camp to hospital.", []),
])
def test_people_taken_or_seized_from_a_place_are_abducted(sentence, figures):
    ex = claims_of(sentence)
    assert sorted((c.outcome.value, c.figure.value) for c in ex.claims) == sorted(figures)


@pytest.mark.parametrize("sentence, figures", [
    # a possessive before a number is no singular object ("its two pilots" was 1)
    ("In August last year an army helicopter was hit by gunfire near Segou, injuring its two "
     "pilots, according to the army.", [("wounded", 2)]),
    ('"They killed our three sons," she said.', [("killed", 3)]),
    ("He shot his 24-year-old son.", [("wounded", 1)]),
])
def test_a_possessive_before_a_number_keeps_the_number(sentence, figures):
    ex = claims_of(sentence)
    assert sorted((c.outcome.value, c.figure.value) for c in ex.claims) == figures


@pytest.mark.parametrize("sentence, fate, who", [
    ("In October 2015, a masked man armed with a sword killed three people at a school in "
     "Trollhattan before being shot dead by police.", "killed", "a masked man"),
    ("The siege revived memories of May 2018, when a gunman killed two police officers and a "
     "student in Liege before being shot dead by police.", "killed", "a gunman"),
    ("A man armed with a knife wounded four people before being shot and wounded by police.",
     "wounded", "A man"),
])
def test_the_clauses_subject_is_the_one_shot_before_being(sentence, fate, who):
    ex = claims_of(sentence)
    assert [(c.outcome.value, c.figure.value) for c in ex.claims
            if c.figure.span.surface == who] == [(fate, 1)]


def test_plural_doers_before_being_killed_are_no_one_counted():
    ex = claims_of("The gunmen killed four villagers before being killed by troops.")
    assert [(c.outcome.value, c.figure.value) for c in ex.claims] == [("killed", 4)]


@pytest.mark.parametrize("sentence, value, who", [
    # a people, numbered by its name, who fled across a border
    ("UNHCR said 340,000 South Sudanese had crossed into Uganda since July 8.", 340000,
     "South Sudanese"),
    ("A senior official said about 8,000 Rohingya had entered the country in the past two "
     "months.", 8000, "Rohingya"),
    ("The agency said around 7,500 Congolese had crossed into Uganda.", 7500, "Congolese"),
    ("More than 1.3 million people have been displaced inside Myanmar, and 70,000 have fled "
     "to neighboring countries since the takeover.", 70000, None),
])
def test_a_people_who_fled_across_a_border_are_displaced(sentence, value, who):
    ex = claims_of(sentence)
    c = next(c for c in ex.claims if c.figure.value == value)
    assert c.outcome == Outcome.DISPLACED
    if who:
        assert (c.victims.type, c.victims.actor) == (VictimType.CIVILIANS, who)


@pytest.mark.parametrize("sentence", [
    "Police said 12 Afghans fled the scene.",
    "About 40 Syrians crossed the street to watch.",
])
def test_a_few_people_leaving_a_scene_are_not_displaced(sentence):
    assert not claims_of(sentence).claims


def test_others_after_people_in_their_own_sentence_are_people_whatever_animals_came_before():
    ex = claims_of(
        "The region is plagued by armed gangs, known locally as bandits, who raid villages, "
        "steal cattle and kidnap for ransom.\n\nIn a separate attack on Sunday, gunmen on "
        "motorcycles killed nine people and abducted 23 others in Kanoma village, residents "
        "said.")
    assert sorted((c.outcome.value, c.figure.value) for c in ex.claims) == [
        ("abducted", 23), ("killed", 9)]
    # (the animals of the sentence before are still who "one of them" is)
    ex = claims_of("When deputies arrived at the home, they were confronted by two aggressive "
                   "pit bull dogs. A deputy shot and killed one of them.")
    assert not ex.claims


@pytest.mark.parametrize("sentence, whole, parts", [
    # a singular part named by "the" in an including list, and the numbered one after it
    ("The strike killed 23 people, including the groom and 11 children, a local official "
     "said.", 23, [1, 11]),
    ("Airstrike on Yemen wedding party kills 23, including groom and 11 children", 23, [11]),
    ("Four passengers, among them the driver of one of the minibuses, were killed, the union "
     "said.", 4, [1]),
    ("Gunmen killed 15 people, including a priest and 12 women.", 15, [1, 12]),
])
def test_parts_after_a_singular_in_an_including_list(sentence, whole, parts):
    ex = claims_of(sentence)
    top = next(c for c in ex.claims if c.figure.value == whole)
    assert sorted(c.figure.value for c in ex.claims if c.part_of == top.id) == parts
    # ("15 Taliban militants including a commander were killed and 5 were wounded": the 5 a
    # clause of its own)
    ex = claims_of("15 Taliban militants including a commander were killed and 5 were wounded "
                   "when Afghan forces repulsed their attack.")
    assert ("wounded", 5) in {(c.outcome.value, c.figure.value) for c in ex.claims}


@pytest.mark.parametrize("sentence, displaced", [
    # people out of a building for hours are no one displaced
    ("About 600 students and 70 staff members were evacuated to a nearby sports hall, where "
     "parents gathered.", []),
    ("About 150 residents of nearby buildings were evacuated during the siege.", []),
    ("More than 10,000 people were evacuated from frontline villages in Kharkiv region.",
     [10000]),
])
def test_an_evacuation_from_a_building_is_no_displacement(sentence, displaced):
    ex = claims_of(sentence)
    assert [c.figure.value for c in ex.claims if c.outcome == Outcome.DISPLACED] == displaced


@pytest.mark.parametrize("sentence, value", [
    ("At least 22 relatives searching for disappeared family members have been killed in "
     "Mexico since 2011, according to rights groups.", 22),
    ("Three nurses caring for the wounded soldiers were killed when the clinic was shelled.", 3),
])
def test_a_fate_told_as_an_adjective_inside_the_subject_is_no_verb(sentence, value):
    ex = claims_of(sentence)
    assert [(c.outcome.value, c.figure.value) for c in ex.claims] == [("killed", value)]


@pytest.mark.parametrize("sentence, killed", [
    # an epidemic's toll is no killing; violence beside one still is
    ("A cholera outbreak that erupted in April has killed more than 2,200 people, as the war "
     "has shattered the health system.", []),
    ("The violence is hampering efforts to contain an Ebola outbreak in North Kivu, which has "
     "killed 1,440 people since it was declared in August.", []),
    ("Gunmen killed 12 people at an Ebola treatment centre in Butembo.", [12]),
])
def test_an_epidemics_toll_is_no_killing(sentence, killed):
    assert [c.figure.value for c in claims_of(sentence).claims] == killed


@pytest.mark.parametrize("sentence, figures", [
    # a speaker named after a list of the hurt, with his name in apposition, is no victim
    ("A roadside bomb hit a minibus on Wednesday, killing five passengers and wounding seven, "
     "a police officer, Captain Mohamed Abdi Nur, told reporters by phone.",
     [("killed", 5), ("wounded", 7)]),
    ("Gunmen shot dead two polio vaccination workers in the Bannu district on Monday, the "
     "district police chief, Mohammad Iqbal Khattak, said.", [("killed", 2)]),
])
def test_a_speaker_named_in_apposition_after_the_hurt_is_no_victim(sentence, figures):
    ex = claims_of(sentence)
    assert sorted((c.outcome.value, c.figure.value) for c in ex.claims) == figures


@pytest.mark.parametrize("sentence, figures", [
    # armed men as the clause's subject carrying people off: hostages, abducted
    ("Inmates seized 22 guards and three police officers when the riot began on Sunday.",
     [("abducted", 3), ("abducted", 22)]),
    ("The attackers also took away three passengers whose whereabouts are still unknown.",
     [("abducted", 3)]),
    # things, cattle, the wounded brought to care, and a passive are not
    ("The militants seized 22 rifles and three trucks.", []),
    ("Residents said the attackers also took away about 20 head of cattle.", []),
    ("The gunmen took away two wounded comrades to a clinic.", [("wounded", 2)]),
])
def test_armed_men_seizing_people_take_them_captive(sentence, figures):
    ex = claims_of(sentence)
    assert sorted((c.outcome.value, c.figure.value) for c in ex.claims) == figures


@pytest.mark.parametrize("sentence, figures", [
    ("Police say 87 of the inmates who fled the prison on Friday have been recaptured.",
     [("arrested", 87)]),
    ("Of those, 61 were rearrested by the police.", [("arrested", 61)]),
    ("Police recaptured 40 escaped inmates on Sunday.", [("arrested", 40)]),
    # a town recaptured is no arrest
    ("The regime has made recapturing Al-Qusayr and nearby rebel areas a key objective.", []),
    ("Government forces recaptured three towns and 12 villages.", []),
])
def test_escaped_inmates_recaptured_are_arrested(sentence, figures):
    ex = claims_of(sentence)
    assert sorted((c.outcome.value, c.figure.value) for c in ex.claims) == figures


@pytest.mark.parametrize("sentence, figures", [
    ("We have lost at least 11 teachers in the region since January 2017, the union said.",
     [("killed", 11)]),
    ("The agency has lost 14 aid workers in the war.", [("killed", 14)]),
    ("The factory lost 300 workers to the strike.", []),
])
def test_a_group_that_lost_its_own_people_tells_its_dead(sentence, figures):
    ex = claims_of(sentence)
    assert sorted((c.outcome.value, c.figure.value) for c in ex.claims) == figures


@pytest.mark.parametrize("sentence, figures", [
    # "a further seven" is a figure, not "a further" person
    ("The shelling had killed a further seven civilians on the same day.", [("killed", 7)]),
    ("The shelling had killed a further 7 civilians.", [("killed", 7)]),
    ("The blast wounded an additional 12 people.", [("wounded", 12)]),
    ("He allegedly shot another person three times.", [("wounded", 1)]),
    # the second participle past a phrase of place
    ("On Monday, nine passengers were taken off a bus near Noshki and killed.",
     [("killed", 9)]),
    # people fleeing to a base or a church after an attack
    ("After the attack, about 6,000 residents fled to the grounds of the UN base nearby.",
     [("displaced", 6000)]),
    ("Two suspects fled to a church nearby.", []),
])
def test_further_figures_second_participles_and_flight_to_a_base(sentence, figures):
    ex = claims_of(sentence)
    assert sorted((c.outcome.value, c.figure.value) for c in ex.claims) == figures


@pytest.mark.parametrize("sentence, figures", [
    ("Prosecutors say Smith killed his former girlfriend and her mother.", [("killed", 2)]),
    ("Store clerk Harjit Sandhu, 44, and customer Latonya Gaines, 37, were killed.",
     [("killed", 2)]),
    ("A church official said the dead numbered 23.", [("killed", 23)]),
    ('Another resident said the number of dead was "well over 50."', [("killed", 50)]),
    ("In January 2018, 73 people were buried in a mass grave in Makurdi.", [("killed", 73)]),
    ("At least four people were buried under the rubble.", [("missing", 4)]),
    # people's things, and an age bound, are no figures of people
    ("The group said 17 of its members' cows had been rustled and one of its members was "
     "killed last Friday.", [("killed", 1)]),
    ("Two of the family's children were killed.", [("killed", 2)]),
    ("Police said 11 children under 17 have been shot in the city since Jan. 1.",
     [("wounded", 11)]),
])
def test_named_lists_dead_numbered_burials_and_what_counts_no_people(sentence, figures):
    ex = claims_of(sentence)
    assert sorted((c.outcome.value, c.figure.value) for c in ex.claims) == figures


@pytest.mark.parametrize("sentence, figures", [
    ("Dalyop said around 2,000 people had fled the two villages.", [("displaced", 2000)]),
    ("By Thursday about 6,500 people had arrived at the Anyiin camp, officials said.",
     [("displaced", 6500)]),
    ("Some 1,700 people fled to the county headquarters in Poktap.", [("displaced", 1700)]),
    ("Over 3,000 residents of the two communities had fled, the chairman said.",
     [("displaced", 3000)]),
    ("Two journalists arrived at the camp on Monday.", []),
    ("Two suspects fled the area.", []),
])
def test_people_who_fled_villages_or_reached_a_camp_are_displaced(sentence, figures):
    ex = claims_of(sentence)
    assert sorted((c.outcome.value, c.figure.value) for c in ex.claims) == figures


@pytest.mark.parametrize("text, figures", [
    # one taken, then dead: the person before the participle phrase
    ("A 24-year-old shopkeeper arrested in Arak on Friday had died in custody.",
     [("killed", 1, None)]),
    # parts of the whole told before, whatever the words that open them
    ("Police arrested 26 suspects in raids on Monday. They included seven women, the "
     "report said.", [("arrested", 7, "c1"), ("arrested", 26, None)]),
    ("Gunmen killed 12 people on Monday. They included three children.",
     [("killed", 3, "c1"), ("killed", 12, None)]),
    # the list's second item has the fate of those told before too
    ("Three individuals were taken into custody. Among them were two students and one "
     "visitor, according to police.",
     [("arrested", 1, "c1"), ("arrested", 2, "c1"), ("arrested", 3, None)]),
])
def test_parts_told_after_the_whole_and_a_death_after_arrest(text, figures):
    ex = claims_of(text)
    assert figures_and_parts(ex) == figures


@pytest.mark.parametrize("text, figures", [
    ("The protests were put down at a cost of more than 300 lives.", [("killed", 300, None)]),
    ("About 300,000 Nicaraguans have gone into exile.", [("displaced", 300000, None)]),
    # the wanted, captured by those who hunt them, are arrested; soldiers captured are taken
    ('Officials said 70 "terrorists" had been captured.', [("arrested", 70, None)]),
    ("Rebels said 12 soldiers had been captured.", [("abducted", 12, None)]),
    # a subset of those told before, with no verb that hurts of its own
    ("Police detained 14 people in raids. Ten of those detained were taken from Matagalpa.",
     [("arrested", 10, "c1"), ("arrested", 14, None)]),
    ("Police arrested 87 people. Eleven of them are minors, she said.",
     [("arrested", 11, "c1"), ("arrested", 87, None)]),
    ("The school has 300 pupils. Most of them are girls.", []),
])
def test_lives_exile_the_wanted_captured_and_subsets_of_those_told(text, figures):
    ex = claims_of(text)
    assert figures_and_parts(ex) == figures


def test_a_whole_campaigns_displacement_is_no_event():
    ex = claims_of("During NATO's 78-day air campaign, about 850,000 Albanians fled or were "
                   "expelled from Kosovo.")
    (c,) = ex.claims
    assert c.outcome == Outcome.DISPLACED and c.scope != Scope.EVENT


@pytest.mark.parametrize("text, figures", [
    ("Police said four more suspects were picked up on Monday.", [("arrested", 4)]),
    ("Two men were picked up by police on Monday.", [("arrested", 2)]),
    ("Twelve children were picked up by their parents.", []),
])
def test_suspects_picked_up_are_arrested(text, figures):
    ex = claims_of(text)
    assert sorted((c.outcome.value, c.figure.value) for c in ex.claims) == figures


def test_a_citys_count_brought_to_a_figure_for_the_year_is_a_running_toll():
    ex = claims_of("The killing brought the city's homicide count to 195 for the year.",
                   published=date(2020, 10, 5))
    (c,) = ex.claims
    assert (c.outcome.value, c.figure.value, c.scope) == ("killed", 195, Scope.CUMULATIVE)
    assert (c.date.start, c.date.end) == ("2020-01-01", "2020-10-05")
    assert not ex.totals  # a running toll is never an event's


@pytest.mark.parametrize("text, figures", [
    # a part told by where, with no noun of its own
    ("Police killed 12 people, including three in Kisumu.",
     [("killed", 3, "c1"), ("killed", 12, None)]),
    ("The army detained 14 wanted Palestinians overnight, including three in the city of "
     "Hebron.", [("arrested", 3, "c1"), ("arrested", 14, None)]),
])
def test_a_part_told_by_where_it_happened(text, figures):
    ex = claims_of(text)
    assert figures_and_parts(ex) == figures


@pytest.mark.parametrize("text, figures", [
    # a breakdown by place after a dash, each item a part of the whole
    ("The commission said nine were killed on Sunday - five in Kisumu, three in Nairobi and "
     "one in Migori.", [("killed", 1, "c1"), ("killed", 3, "c1"), ("killed", 5, "c1"),
                        ("killed", 9, None)]),
])
def test_a_breakdown_by_place_after_a_dash(text, figures):
    ex = claims_of(text)
    assert figures_and_parts(ex) == figures


def test_where_on_the_body_is_no_breakdown_by_place():
    ex = claims_of("Earlier in the day, two men were wounded - one in the leg and one in the "
                   "arm - in a drive-by shooting.")
    assert [(c.outcome.value, c.figure.value) for c in ex.claims] == [("wounded", 2)]


@pytest.mark.parametrize("text", [
    # people seized by no armed men the clause names: no abduction read
    "Police seized 12 suspects in the raid.",
    "The court seized 12 properties and three people's savings.",
    "Volunteers took away three injured children on stretchers.",
])
def test_seizing_people_abducts_only_with_armed_men_as_the_subject(text):
    assert not [c for c in claims_of(text).claims if c.outcome == Outcome.ABDUCTED]


@pytest.mark.parametrize("text, figures", [
    # the verb left out of the second of two "among" figures
    ("Twelve children were among those killed and 71 among the injured, the mission said.",
     [("killed", 12), ("wounded", 71)]),
    ("Two of the saboteurs were killed, the governor said.", [("killed", 2)]),
    # a toll's figure told again as it rose
    ("On Saturday evening, the governor reported nine dead; by Sunday morning the figure had "
     "risen to 15, and on Monday to 23.", [("killed", 9), ("killed", 15), ("killed", 23)]),
    ("About 300 residents have been moved to temporary accommodation.", [("displaced", 300)]),
])
def test_among_the_injured_saboteurs_a_rising_figure_and_temporary_accommodation(text, figures):
    ex = claims_of(text)
    assert sorted((c.outcome.value, c.figure.value) for c in ex.claims) == figures


def test_a_mission_that_has_verified_a_toll_is_its_source():
    ex = claims_of("The U.N. human rights office has verified at least 9,800 civilian deaths in "
                   "Ukraine since February 2022.")
    (c,) = ex.claims
    assert c.source is not None and c.source.name == "U.N. human rights office"


def test_he_after_a_community_leader_is_the_leader_not_an_earlier_spokeswoman():
    ex = claims_of("Police spokeswoman Catherine Anene said nine people had been wounded. A "
                   "community leader in Ayilamo, Chief Iorhemba Tyav, said the toll was higher. "
                   "He said at least 11 people had been abducted by the gunmen.")
    (c,) = [c for c in ex.claims if c.outcome == Outcome.ABDUCTED]
    assert c.source is not None and "community leader" in c.source.name
