"""Words that say what a number counts: metric cues and counted nouns.

Each metric has cue phrases (verbs and nouns: "killed", "death toll",
"left their homes", "internally displaced"). Counted nouns are the things a
figure can count ("fighters", "tanks", "villages"); some of them carry a
metric on their own ("refugees", "casualties", "dead", "detainees").
All patterns are compiled once, case-insensitive.
"""

from __future__ import annotations

import re
from typing import Final

from analysis.claims.alternation import by_first_char

#: Cue phrases per metric (regular-expression fragments, matched on word boundaries).
#: Whose limb, before a limb lost: "his ", "both ", "one or both of their " (a limb lost is a wound, not a death).
#: Illness and want, not wounds: "treated for acute malnutrition", "treated at the clinic for cholera".
_ILLNESS: Final = (r"(?:(?!burns|wounds|injuries|shrapnel|gunshot|bullet|blast)[\w-]+\s+){0,2}?(?:cholera|malnutrition|malnourish|measles|smoke|pregnan|diarrh|dehydrat|disease|"
            r"illness|infection|fever|covid|burns\s+from\s+the\s+fire|hunger|starvation|trauma\s+and\s+stress)")
_LIMB_OWNER: Final = r"(?:(?:his|her|their|a|an|one|both|several)\s+|(?:one\s+or\s+both|one|both)\s+of\s+(?:his|her|their)\s+)?"
METRIC_CUES: dict[str, list[str]] = {
    "idps": [
        r"internally[\s-]+displaced(?:\s+(?:people|persons|individuals))?", r"idps?(?!\s+(?:camps?|sites?|settlements?|"
        r"shelters?|centres?|centers?|gatherings?|response|hosting|population\s+of|crisis))",
        r"displaced\s+(?:inside|within)(?!\s+(?:hours|days|weeks|months|minutes|a\s+(?:day|week|month)))",
        r"displaced\s+internally",
    ],
    "casualties": [
        r"casualt(?:y|ies)",
        r"personnel\s+losses",  # "the enemy's personnel losses totalled some 7,340": people lost, killed and wounded
        r"shot(?!\s+(?:dead|down|and\s+(?:killed|wounded|injured)|(?:on|at)\s+(?:the\s+)?(?:locals|residents|civilians|people|"
        r"crowds?|protesters|demonstrators|worshippers|troops|soldiers))\b)",  # (not "a sniper shot on the locals")
        # "was hit by a stray bullet", "were struck by shrapnel": shot, no outcome said (a main verb: in "a boy who
        # was hit by shrapnel" or "a trader struck by a bullet" the sentence's own verb tells what befell them)
        *(rf"{aux}\s+(?:hit|struck)\s+by\s+(?:a\s+)?(?:stray\s+|sniper\s+)?(?:bullets?|shrapnel|sniper\s+fire|gunfire)"
          r"(?!\s+and\s+(?:was\s+|were\s+)?(?:killed|died))"
          for aux in (r"w(?<!who\sw)(?<!that\sw)(?:as|ere)", "been")),
        # killed and wounded together, not said how many of each
        r"(?:kill(?:ed|ing)|dead)\s+(?:and|or)\s+(?:injur(?:ed|ing)|wound(?:ed|ing)|maim(?:ed|ing))",
        r"(?:injur(?:ed|ing)|wound(?:ed|ing))\s+(?:and|or)\s+kill(?:ed|ing)",
        # "52 were caught in crossfire": hit, no outcome said (not "caught in the crossfire of a political row")
        # (not a hypothesis, "could get caught", "may have been caught", and not a figure of speech: "caught in the
        # crossfire of a feud", "of the sanctions dispute"; but "of the clashes")
        r"(?:were|was|b(?<!may\shave\sb)(?<!might\shave\sb)(?<!could\shave\sb)(?<!would\shave\sb)een|got)\s+caught\s+(?:up\s+)?"
        r"in\s+(?:the\s+|a\s+)?cross-?\s?fire(?!\s+of\s+(?!(?:the\s+|heavy\s+)*(?:clashes|fighting|battles?|gun-?\s?fights?|"
        r"gunfire|shoot-?outs?|fire-?fights?|war|rival\s+(?:forces|groups|militias|armies|factions))\b))",
    ],
    "wounded": [
        r"(?:gunshot|shrapnel|bullet|blast|burn)(?:\s+(?:or|and)\s+(?:gunshot|shrapnel|bullet|blast|burn))?\s+"
        r"(?:wounds|injuries)",
        # a hospital's war trauma: "war-wounded patients", "trauma cases", "admissions (war-related)"
        r"war[\s-]+wounded", r"trauma\s+(?:cases|patients|admissions)",
        # "14 others needed emergency surgery", "nine underwent amputations": hurt
        r"(?:need(?:ed|s)?|required|underwent)\s+(?:emergency\s+|urgent\s+|life-saving\s+)?(?:surgery|amputations?)",
        # "12 received wounds of different severity"
        r"(?:received|receiving|sustained|suffered)\s+(?:[\w-]+\s+)?(?:wounds|injuries|burns)",
        # "1,000 children have had one or both legs amputated"
        r"(?:had|have|has)\s+(?:(?:one|both|a|an|their|his|her)\s+(?:or\s+both\s+)?)?(?:legs?|arms?|limbs?|hands?|feet|foot)\s+amputated",
        r"(?:war|conflict|violence|weapon)[\s-]+related\s+(?:admissions|injuries|trauma|cases|patients)",
        r"admissions\s+\((?:war|conflict|violence|weapon)[\s-]+related(?=\))",
        r"wound(?:ed|ing|s)?", r"injur(?:ed|ing|ies|y|es)", r"hurt", r"maimed", r"maiming(?:\s+of)?", r"suffocation", r"asphyxiation",
        r"breathing\s+(?:difficult(?:y|ies)|problems)", r"respiratory\s+(?:problems|symptoms)",
        r"treated\s+for(?!\s+" + _ILLNESS + ")",  # (not "treated for acute malnutrition")
        r"in\s+(?:a\s+)?(?:critical|serious|stable)\s+condition", r"among\s+(?:those|the\s+people|the)\s+(?:injured|wounded)",
        r"shot\s+and\s+(?:wounded|injured)",
        # "a teacher lost his leg", "children who lost limbs": maimed, not killed
        rf"lost\s+{_LIMB_OWNER}(?:legs?|arms?|limbs?|eyes?|hands?|feet|foot|eyesight|sight)\b",
        # brought to hospital after an attack: hurt ("six people were taken to hospital", "were hospitalised")
        r"(?:taken|rushed|brought|evacuated|admitted|transferred|referred|airlifted)(?:\s+by\s+(?:air|helicopter|road|ambulance))?"
        r"\s+to\s+(?:[\w'\u2019-]+\s+){0,3}?hospitals?\b", r"hospitali[sz]ed",
        # "nine people are being treated at the regional hospital": in care there (but not "for malnutrition")
        r"(?:being|been|were|are)\s+treated\s+(?:at|in)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:hospitals?|clinics?|"
        r"health\s+(?:centres?|centers?))\b"
        r"(?!\s+(?:for|with)\s+" + _ILLNESS + ")",
        # "fourteen people, including a pregnant woman, remain in hospital": still being treated for their wounds
        r"(?:remain|remains|remained|still)\s+in\s+(?:(?:the|a|local|nearby)\s+)?hospitals?\b",
        # "275 were left with injuries", "left with lifelong disabilities"
        r"left\s+with\s+(?:[\w-]+\s+){0,2}?(?:injuries|wounds|burns|disabilities|amputations)",
        # "up to 20 bandits fled the scene with gunshot wounds": they got away hurt
        r"(?:fled|escaped|withdrew|retreated)\s+(?:the\s+(?:scene|area|battlefield)\s+)?with\s+(?:[\w-]+\s+){0,2}?"
        r"(?:injuries|wounds)",
        # "two residents asked for medical help after the shelling", "nine people sought medical care"
        r"(?:ask(?:ed|ing|s)?|s(?:ought|eek|eeking|eeks)|turn(?:ed|ing)?)\s+(?:for\s+)?medical\s+(?:help|care|aid|assistance|attention)",
        # the same said of those who carried them: "paramedics had taken 94 people to hospital" (not "taking a patient
        # to hospital": a patient is ill or hurt already, not a new casualty)
        r"(?:t(?:ook|aken?|aking|akes)|rush(?:ed|ing|es)?|br(?:ought|ing|ings|inging)|carr(?:ied|ying|y|ies)|ferr(?:ied|ying))"
        r"(?=\s+(?:(?!patients?\b)[\w,-]+\s+){1,4}?to\s+(?:[\w'\u2019-]+\s+){0,3}?hospitals?\b)",
        # "860 of them arrived with gunshot wounds", "48 arrived in a critical condition": hurt, whatever moved them
        r"(?:arriv(?:ed|ing|es?)|came|come|coming)\s+(?:(?:at|in)\s+(?:[\w'\u2019-]+\s+){1,3}?)?(?:with\s+(?:[\w-]+\s+){0,3}?"
        r"(?:wounds|injuries|burns)|in\s+(?:a\s+)?(?:critical|serious|grave)\s+condition)",
    ],
    "killed": [
        r"kill(?:ed|ing|ings|s)?", r"dead\s+on\s+arrival", r"found\s+dead", r"dead", r"deaths?", r"died", r"dies", r"die", r"dying", r"death[\s-]+toll", r"toll",
        r"(?:claimed|claiming|claims|cost|costing)\s+the\s+li(?:fe|ves)", r"buried", r"bury(?:ing)?(?=\s+(?:the\s+(?:bodies|remains)\s+of\s+)?(?:some\s+|about\s+|at\s+least\s+|more\s+than\s+)?\d)", r"neutrali[sz](?:ed|ing|es?|ation\s+of)", r"eliminat(?:ed|ing)", r"(?:sent|send)\s+to\s+hell", r"(?:sending|sent|send)(?=\s+(?:[\w,]+\s+){1,4}?to\s+hell\b)", r"lost\s+(?:their|his|her)\s+li(?:fe|ves)",
        r"li(?:fe|ves)\s+(?:were\s+|was\s+|have\s+been\s+|has\s+been\s+)?lost", r"perish(?:ed|ing)?", r"massacr(?:ed|ing|e)",
        r"slain", r"hanged", r"lynch(?:ed|ings?)", r"(?:fell|fallen)\s+in\s+(?:combat|battle|action|the\s+line\s+of\s+duty)",
        r"(?:fell|fallen)\s+on\s+the\s+(?:battle)?field(?:\s+of\s+honou?r)?",
        # "84 members of the security forces have fallen in the two regions" (never "fallen to", "fallen by")
        r"(?:have|has|had)\s+fallen(?=\s+(?:in|on|since|during|while|defending|fighting)\b|\s*[,.;]|\s*$)",
        r"(?:declared|pronounced|confirmed)\s+deceased", r"embraced\s+(?:shahadat|martyrdom)", r"execut(?:ed|ing|ions?|es?)", r"murder(?:ed|ing|s)?", r"bodies", r"body(?=\s+(?:of|was|is|had|has|were|lay|lies|found)\b)", r"corpses", r"(?:the|human|mortal)\s+remains(?:\s+of)?", r"sets\s+of\s+(?:human\s+)?remains", r"martyr(?:ed|s|dom)?",
        r"fatalit(?:y|ies)", r"fatally", r"shot\s+(?:dead|and\s+killed)", r"behead(?:ed|ing)",
        r"assassinat(?:ed|ing|ion)", r"slaughter(?:ed|ing)?", r"gunned\s+down", r"lost\s+their\s+lives",
 r"(?:sacrific(?:ed|ing|es?)|gave|giving|give|laid\s+down|lay\s+down|laying\s+down)\s+(?:their|his|her)\s+li(?:fe|ves)", r"paid\s+the\s+(?:supreme|ultimate)\s+price",
        r"(?:made|paid|make|pay|making|paying)\s+the\s+(?:supreme|ultimate)\s+sacrifice",
        # soldiers who "fell with their weapons in hand", "fell in battle", "fell as martyrs"
        r"fell\s+(?:in\s+(?:battle|combat|action)|on\s+the\s+battlefield|with\s+(?:their|his|her)\s+weapons|as\s+martyrs|"
        r"with\s+(?:arms|weapons)\s+in\s+hand)",
        rf"lost(?!\s+{_LIMB_OWNER}(?:legs?|arms?|limbs?|eyes?|hands?|feet|foot|eyesight|sight)\b)"
        r"(?!\s+their\s+(?:homes?|houses?|shelters?)\b)", r"losing(?!\s+(?:their|his|her)\s+(?:homes?|houses?)\b)", r"drowned", r"(?:taken|take|takes|taking|took)\s+(?:the\s+)?li(?:fe|ves)",
        r"among\s+(?:those|the\s+people|the\s+victims|the)\s+(?:killed|dead)",
        r"among\s+the\s+(?:[\w-]+\s+)?victims\b(?!\s+of\s+(?:[\w-]+\s+){0,2}?(?:sexual|rape|gender|trafficking|torture|abuse))",
        r"blew\s+(?:himself|herself|themselves)\s+up", r"liquidat(?:ed|ing|ion\s+of)", r"no\s+longer\s+alive",
        r"homicides?", r"(?:the\s+)?loss\s+of(?=\s+(?:(?:at\s+least|more\s+than|over|some|about|around|nearly|almost|up\s+to)\s+)?"
        r"(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
        r"sixty|seventy|eighty|ninety|hundreds|dozens|thousands|scores)\b))", r"burn(?:ed|t)\s+to\s+death", r"hacked\s+to\s+death", r"blown\s+up", r"succumb(?:ed|s|ing)?\s+to\s+(?:(?:his|her|their)\s+)?(?:injuries|wounds)",
        # "two of the wounded did not survive", "did not make it" (not "did not make it to the border", "through")
        r"(?:did\s+not|didn['\u2019]t)\s+(?:survive|make\s+it(?!\s+(?:to|through|into|across|past|back|home|in\s+time|"
        r"out(?!\s+alive))\b))",
    ],
    "displaced": [
        r"displac(?:ed|ing|ements?|es?)", r"fled", r"flee(?:ing|s)?",
        # "200,000 people escaping the fighting": fleeing it
        r"escaping\s+(?:the\s+)?(?:fighting|violence|war|clashes|conflict|attacks|bombardment|shelling|bombing)",
        r"uproot(?:ed|ing|s)?", r"evacuat(?:ed|ing|ions?|es?)",
        # "Among the evacuees are 300 pregnant women", "300 women are among the evacuees": a part of the people
        # evacuated (only there: "the death toll among evacuees" counts the dead, "14 among the evacuees needed
        # surgery" the hurt)
        r"evacuees(?<=are\samong\sthe\sevacuees)", r"evacuees(?<=were\samong\sthe\sevacuees)",
        r"evacuees(?<=among\sthe\sevacuees)(?=\s+(?:are|were|is|was)\b)",
        r"relocat(?:ed|ing|ions?)", r"depart(?:ed|ing|ures?|s)?",
        r"(?:left|leave|leaving|abandon(?:ed|ing)?)\s+(?:their|his|her)\s+(?:homes?|houses?|villages?|towns?|lands?|"
        r"neighbou?rhoods?|farms?)",
        r"(?:have|has|had)\s+(?:now\s+|also\s+|already\s+)?(?:left|abandoned)\s+(?:their\s+)?(?:villages|towns|neighbou?rhoods|homes)",
        r"(?:left|leave|leaving|abandoned|fled)\s+(?:the\s+|their\s+|these\s+|those\s+|this\s+|that\s+)?(?:(?:besieged|eastern|western|northern|southern|old|central|"
        r"rebel-held|encircled|frontline|border|surrounding|nearby|affected|metropolitan|capital|coastal|mountain|"
        r"urban|rural|displacement|idp|collective|informal|makeshift)\s+){0,2}(?:camp|town|city|village|area|"
        r"neighbou?rhood|district|region|settlement|capital|enclave|quarter|island|locality|commune|site)s?\b"
        # (not a camp left for home: "left camps for their areas of origin", a return; a town so left is still flight)
        r"(?!(?:(?<=camp)|(?<=camps)|(?<=site)|(?<=sites)|(?<=settlement)|(?<=settlements))\s+(?:for\s+(?:their|his|her)\s+"
        r"[a-z]+\s+of\s+origin|to\s+(?:return|go\s+(?:home|back))))",
        r"forced\s+(?:from|out\s+of)\s+(?:their|his|her)\s+homes?",
        r"forced\s+to\s+(?:leave|flee|move|relocate)",
        # "forced dozens of families to leave": the people between the verb and its infinitive
        r"forc(?:ed|ing)(?=\s+(?:(?:at\s+least|about|some|more\s+than|over|nearly|around)\s+)?(?:\d[\d,.]*|dozens|hundreds|"
        r"thousands|scores|several|tens)\s+(?:[\w-]+\s+){0,5}?to\s+(?:leave|flee|move|relocate|abandon)\b)",
        r"(?:forced|pushed)\s+out\s+of", r"(?:have|has|had)\s+left\s+(?:for|towards?)\b", r"(?:from|out\s+of)\s+(?:their|his|her)\s+homes?",
        # (but "11 people from his village were killed": where they came from)
        r"out\s+of\s+(?:their|his|her)\s+(?:communities|villages?|neighbou?rhoods?)", r"driven\s+(?:from|out\s+of)\s+(?:their|his|her)\s+homes?",
        # "the fighting has pushed 45,000 people out of camps and villages", "has pushed 40,000 people towards the city"
        r"push(?:ed|ing|es)?(?=\s+(?:[\w,.-]+\s+){1,5}?(?:out\s+of|towards?)\b)",
        r"homeless", r"exodus", r"on\s+the\s+move",
        # "93 residents had lost their homes": uprooted (not "lost their homes' contents", "lost homes worth ...")
        r"(?:(?:have|has|had)\s+)?lost\s+their\s+(?:homes?|houses?|shelters?)(?!['\u2019])\b",
        # "has left more than 3,000 people without shelter": homeless
        r"(?:left|leaving|leaves)(?=\s+(?:[\w,-]+\s+){1,5}?without\s+(?:a\s+)?(?:shelter|homes?|a\s+roof)\b)",
        # still away from home: "60,000 residents have been unable to return home", "families cannot return"
        r"(?:unable|afraid|too\s+scared)\s+to\s+return", r"(?:cannot|can't|could\s+not|couldn't)\s+return",
        r"nowhere\s+to\s+(?:return|go\s+back)",  # "a few hundred families have nowhere to return to"
        # evacuation by road: "180 residents were taken by bus to Stepanakert"
        r"(?:taken|moved|transported|ferried|carried)\s+(?:out\s+)?by\s+(?:buses|bus|trucks|truck|lorries|lorry|boats?)\s+to\b",
        r"(?:are|were|is|was|remain(?:s|ed)?|still|went|gone|go)\s+(?:still\s+)?(?:into\s+)?hiding", r"in\s+hiding",
        r"driven\s+out", r"drove\s+out", r"escaped\s+(?:to|into|towards?)\b",
        # expulsion and forced transfer: "expelled at least 17,000 civilians from the town", "forcibly removed",
        # "were put on buses and driven to the front line" (not diplomats sent home)
        # (people of a place, not agencies, officers, lawmakers or protesters sent away)
        r"expel(?:led|ling|s)?(?=\s+(?:[\w,-]+\s+){0,6}?(?:civilians|residents|villagers|families|households|people|"
        r"persons|inhabitants|population|peasants|farmers|herders|women|children|men|refugees|idps)\s+from\b)",
        r"(?:were|was|been|being|are|is)\s+expelled\s+from\s+(?:their|the|his|her)\s+(?:homes?|villages?|towns?|lands?|"
        r"neighbou?rhoods?|cit(?:y|ies)|municipalit(?:y|ies)|region|area)\b",
        r"forcibly\s+(?:transferred|relocated|expelled|displaced|evicted)",
        # "recorded the eviction of 1,380 households", "420 families were evicted" (not "eviction notices", nor "the
        # evictions put 35,000 people at risk")
        r"evict(?:ed|ing)", r"evictions?\s+of",
        r"forcibly\s+removed(?=\s+(?:[\w,-]+\s+){0,5}?from\s+(?:the\s+|their\s+)?(?:municipalit(?:y|ies)|towns?|villages?|"
        r"homes?|area|region|cit(?:y|ies)|districts?|country|territory|lands?)\b)",
        r"forced\s+(?:removal|transfer)s?\s+of",
        r"(?:put|loaded|herded|forced)\s+(?:on|onto|into)\s+(?:buses|bus|trucks|lorries)\b",
        r"(?:seek(?:ing|s)?|sought|taking|took|take|taken|found|find(?:ing)?)\s+(?:temporary\s+)?(?:shelter|safety)",
        r"(?:living|live|lives|lived|residing|reside|resides|resided|staying|stay|stays|stayed|remain|remains|remained|"
        r"remaining|hosted|sheltering|sheltered|accommodated|housed|settled|sleeping|slept)\s+(?!\d)(?:[\w,.'\u2019-]+\s+){0,6}?"
        r"(?:camps?|shelters?|displacement\s+sites?|collective\s+(?:centres?|centers?|sites?)|settlements?|"
        r"informal\s+sites?|makeshift\s+sites?|spontaneous\s+sites?|tents?|schools?|mosques?|churche?s?|stadiums?|"
        r"(?:municipal|community|sports|wedding|public)\s+halls?|public\s+buildings|host\s+(?:families|communities)|"
        r"(?:accommodation|reception|transit|evacuation|collective)\s+(?:centres?|centers?|sites?|points?)|"
        r"(?:un|unmiss|monusco|minusca|peacekeeping|peacekeepers'|military)\s+bases?|poc\s+sites?|"
        r"protection\s+of\s+civilians?\s+sites?)",
        r"camp\s+(?:residents|population|inhabitants)", r"mov(?:ed|ing)\s+(?:to|into)",
        # "another 12,500 people moved south towards Habila": away from the fighting, a direction and a place
        r"mov(?:ed|ing)\s+(?:further\s+)?(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:wards?)?\s+)?(?:to|into|towards?)\b",
        # "214 people were taken out of Bilopillia": evacuated
        r"(?:were|was|been|being)\s+taken\s+out\s+of(?!\s+(?:service|use|action|commission))",
        r"(?:were|was|been|being)\s+taken\s+out(?=\s*[.;]|\s+(?:since|so\s+far|by\s+(?:bus|road|rail|train)))",
        # "attacks drove tens of thousands of people south towards the river": driven away
        r"(?:drove|driven|driving)(?=\s+(?:[\w,-]+\s+){1,6}?(?:(?:north|south|east|west)(?:wards?)?\s+)?(?:towards?|out\s+of)\b)",
        # "forced an estimated 3,500 families out of villages east of Bara": driven out
        # (the place ends there: not "out of the city council", "out of the district hospital")
        r"(?:forced|forcing|forces)(?=\s+(?:[\w,-]+\s+){1,6}?(?:out\s+of|from)\s+(?:their\s+|the\s+|several\s+|"
        r"[a-z]+'s\s+(?:[a-z]+\s+)?)?(?:homes?|villages?|towns?|camps?|neighbou?rhoods?|communities|areas?|districts?|"
        r"cit(?:y|ies)|settlements?)\b(?=\s*(?:[,.;:)]|$)|\s+(?:and|or|in|of|near|east|west|north|south|around|along|"
        r"across|to|towards|into|on|at|since|after|before|during|by|over|for|while|as|when|amid)\b))",
        # "1,150 families have been shifted to safer places": moved out of harm's way
        r"(?:shift(?:ed|ing)|taken|brought|transferred)\s+to\s+(?:safer|safe|secure)\s+(?:places?|locations?|areas?|"
        r"ground|sites?|regions?|districts?|parts?)", r"mov(?:ed|ing)\s+out\s+of",
        r"mov(?:ed|ing)\s+in\s+with\s+(?:their\s+)?(?:relatives|host\s+famil(?:y|ies)|famil(?:y|ies)|friends)",
        # "another 24,000 have gone to stay with relatives further inland", "are hosted by host families"
        # (not relatives of someone, "stayed with relatives of colleagues"; not visitors for a feast)
        r"(?:stay|stays|staying|stayed|sheltering|sheltered|hosted)\s+(?:with|by)\s+(?:their\s+)?(?:relatives|host\s+"
        r"famil(?:y|ies)|friends\s+(?:and|or)\s+relatives|relatives\s+(?:and|or)\s+friends)\b(?!\s+of\b)"
        r"(?![^.;]{0,40}\b(?:during|for)\s+the\s+(?:festival|feast|holidays?|pilgrimage|wedding|funeral)\b)",
        # "13,000 people are sheltering in the grounds of a monastery", "at the airport"; not in basements or the
        # metro during an air raid
        r"shelter(?:ing|ed)\s+(?:in|at|inside|on|near|around|outside|along)\b(?!\s+(?:(?:the|their|a|an)\s+)?(?:[\w-]+\s+)?(?:basements?|cellars?|"
        r"bunkers?|bomb\s+shelters?|metro|subway|underground|stairwells?|corridors?|bathrooms?)\b)",
    ],
    "refugees": [
        # ("refugee returns" are returns, of refugees)
        r"refugees?(?!\s+returns?\b)", r"asylum[\s-]+seekers?", r"(?:sought|seek(?:ing|s)?|to\s+seek)\s+(?:refuge|asylum|international\s+protection|protection)",
        r"(?:taken|took|taking)\s+refuge",
        r"cross(?:ed|ing|es)?\s+(?:into|over\s+(?:into|to)|the\s+(?:[\w-]+\s+)?(?:border|frontier)|"
        r"from\s+(?:[\w'\u2019-]+\s+){1,3}?into|the\s+(?:[\w'\u2019-]+\s+){1,3}?into|(?:lake|river)\s+[\w'\u2019-]+\s+into)",
        # "more than 5,000 people a day were crossing at the Argeen and Qustul posts": through border posts
        # (a verb of their own, not "detained 45 migrants crossing at ..."; not commuters, pilgrims or people going back)
        r"(?:crossed|(?:were|are|was|is|been)\s+crossing)\s+(?:at|through|via)\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,4}?"
        r"(?:border\s+)?(?:posts?|crossing\s+points?|border\s+points?|entry\s+points?|points\s+of\s+entry)\b"
        r"(?![^.;]{0,60}?\b(?:back|to\s+(?:pray|attend|work|visit|trade|shop|study|school))\b)", r"across\s+the\s+(?:[\w-]+\s+)?(?:border|frontier)",
        r"(?:new\s+)?arriv(?:als?|ed|ing|es?)(?!\s+back|\s+with\s+(?:his|her)\s+(?:arm|leg|hand|foot|face|head|eye|body)s?\b)", r"registered\s+(?:with\s+unhcr|as\s+refugees)",
        r"into\s+neighbou?ring\s+(?:countries|states|(?!(?:kebeles?|woredas?|districts?|sub-districts?|villages?|towns?|"
        r"areas?|localities|locality|communes?|municipalities|municipality|counties|county|provinces?|regions?|zones?|"
        r"governorates?|camps?|settlements?|communities|neighbou?rhoods?|sectors?|villages?)\b)[a-z]+)\b",
        # "some 18,000 Rohingya have crossed since January": crossed, the border understood
        r"(?:have|has|had)\s+(?:now\s+|already\s+)?crossed(?=\s*(?:[.,;]|since\b|so\s+far\b|this\s+(?:year|month|week)\b|"
        r"in\s+(?:the\s+past|recent)\b))",
        # "some 9,000 people crossed, many wading through the river": the crossing said of them before an aside
        r"crossed(?=,\s+(?:many|most|some|mostly|among\s+them|including|of\s+whom|the\s+majority)\b)",
        # "920 people crossed in the week ending 5 November", "1,500 crossed overnight": a time, the border understood
        r"crossed(?=\s+(?:in\s+the\s+(?:week|month|past|first|last)|on\s+(?:monday|tuesday|wednesday|thursday|friday|"
        r"saturday|sunday)|last\s+(?:week|month|night)|overnight|during\s+the|each\s+day|every\s+day|a\s+day|daily)\b)",
        # "4,870 people have been received at the border crossings": arrivals
        r"received\s+at(?=\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,6}?(?:border|crossings?|transit|reception)\b)",
        # "6,500 people reached the border town of Adre", "reached safety": arrived (abroad or not, told by the place)
        r"reach(?:ed|es|ing)?\s+(?:the\s+)?(?:(?:relative\s+)?safety|(?:(?:border|nearby|neighbou?ring)\s+)?"
        r"(?:border|towns?|city|"
        r"cities|camps?|capital|settlements?|sites?|transit\s+(?:centres?|centers?|sites?)|reception\s+(?:centres?|"
        r"centers?)|shores?|coast|country|territory))\b",
    ],
    "returned": [
        # (not a return that has not happened: "have been unable to return home", "cannot return")
        r"return(?<!unable\sto\sreturn)(?<!cannot\sreturn)(?<!can't\sreturn)(?<!not\sreturn)(?<!couldn't\sreturn)"
        r"(?<!afraid\sto\sreturn)(?<!scared\sto\sreturn)(?<!nowhere\sto\sreturn)"
        r"(?:ed|ing|ees?|s)?(?!\s+from\s+captivity|\s+to\s+(?:custody|prison|jail|detention|(?:their|his|her)\s+cells?)\b)"
        # (nor land that changed hands, "areas that returned to Azerbaijani control", nor fighters who gave up arms,
        # "returned to the fold of the law")
        r"(?!\s+to\s+(?:[\w'\u2019-]+\s+){0,2}(?:control|rule|sovereignty)\b|\s+to\s+the\s+fold\b)", r"(?:went|gone|going|go|goes)\s+(?:back|home)",
        # "some 80,000 people left for their home villages": set out for home
        r"(?:left|leaving|set\s+off|set\s+out|headed|heading)\s+(?:back\s+)?for\s+(?:their\s+)?home"
        r"(?!(?:s|\s+[a-z]+)?\s+for\s+the\s+(?:holidays?|festival|feast|eid|weekend|summer|winter|break|vacation)\b)"  # (not
        # students going home for the holidays)
        r"(?:s|\s+(?:villages?|towns?|areas?|communities|districts?|regions?|countr(?:y|ies)))?\b", r"sent\s+back", r"brought\s+home", r"(?:came|come|coming|comes)\s+(?:back|home)",
        r"(?:crossed|crossing|brought|headed|heading|moved|moving|arrived|arriving|arrive|arrives|walk|walked|walking|"
        r"trekked|trekking|streamed|streaming|flocked|flocking)\s+back", r"repatriat(?:ed|es?|ing|ions?)",
        r"deport(?:ed|ing|ations?|ees?)",
        # "IDPs who left camps for their areas of origin", "left the sites to return home": a camp left for home
        r"(?:left|leave|leaving|leaves)\s+(?:the\s+|their\s+)?(?:camps?|sites?|settlements?)\s+(?:for\s+(?:their|his|her)\s+"
        r"(?:areas?|places?|villages?|homes?|towns?|communities)\s+of\s+origin|to\s+(?:return|go\s+(?:home|back)))",
        r"(?:pushed|forced|driven)\s+(?:back\s+)?home",  # "South Sudanese who have been pushed home by the war"
        # "taking 291 migrants home to Nigeria", "flew 150 refugees home": the verb, its object, then "home"
        r"(?:took|taken|taking|take|brought|bringing|flew|flown|flying)(?=\s+(?:(?!to\s|from\s)[\w,-]+\s+){1,5}?home\b)",
    ],
    "released": [
        # "14 have since been handed back to their families", "two civilians had also been handed back" in an exchange
        r"handed\s+back(?!\s+to\s+(?:the\s+)?(?:[a-z]+\s+)?(?:authorities|government|owners|administration|ministry))",
        r"releas(?:ed|es?|ing)", r"freed", r"freeing(?!\s+up\b)", r"set\s+free", r"slip(?:ped)?\s+away",
        # "would free 5,864 prisoners", "142 political prisoners walked free"
        r"free(?=\s+(?:(?:about|some|at\s+least|more\s+than|nearly|over|another|up\s+to)\s+)?\d)",
        r"(?:walked|walk|walks|walking|went)\s+free\b",
        r"regain(?:ed|s)?\s+(?:their|his|her)\s+(?:freedom|liberty)",
        # children who leave armed groups: "separated from armed groups", "left the ranks of armed groups",
        # "handed over to a humanitarian organisation"
        # back from captivity ("rescued or returned from captivity: 3,604")
        r"(?:returned|rescued|escaped|freed|back)\s+from\s+captivity",
        # "157 Ukrainians came home from Russian captivity", "have been returned home from captivity"
        r"(?:came|come|coming|comes|returned|brought|went|gone)\s+home\s+from\s+(?:[a-z]+\s+)?captivity",
        r"(?:separated|demobili[sz]ed|disengaged|exited|escaped|rescued|removed)\s+from\s+(?:the\s+ranks\s+of\s+)?"
        r"(?:the\s+)?armed\s+(?:groups?|forces)", r"(?:left|leave|leaving)\s+the\s+ranks\s+of",
        r"(?:left|leave|leaving)\s+(?:the\s+)?armed\s+groups?",  # "31 children have left armed groups"
        r"handed\s+over\s+to\s+(?:a|the)\s+(?:humanitarian|child\s+protection|protection|child\s+welfare)",
        # people held given up: "the rebels handed over 40 prisoners to the Red Cross"
        r"handed\s+over(?=\s+(?:(?:some|about|at\s+least|more\s+than|another|all)\s+)?\d[\d,]*\s+(?:[\w-]+\s+){0,2}?"
        r"(?:prisoners|detainees|hostages|captives|abductees)\b)",  # (not a handover to come: "was to hand over 20")
        # captives handed to the ICRC: "seven children and six women were handed to the Red Cross"
        r"handed\s+(?:over\s+)?to\s+the\s+(?:international\s+committee\s+of\s+the\s+)?red\s+(?:cross|crescent)",
        r"handed\s+(?:over\s+)?to\s+the\s+icrc",
        # "Hamas is to free 50 women and children in return for 150 prisoners": an exchange of people held
        r"free(?<=to\sfree)(?=\s)", r"in\s+(?:return|exchange)\s+for(?=\s+(?:[a-z]+\s+){0,2}\d)", r"(?:were|was|been|being|are|is)\s+let\s+go", r"swap(?:ped|s)?", r"prisoner\s+(?:exchange|swap)",
        r"escaped\s+(?:from\s+)?(?:their\s+|his\s+|her\s+|a\s+|the\s+)?(?:captors|captivity|abductors|kidnappers|"
        r"prisons?|jails?|detention(?:\s+(?:centres?|centers?|facilit(?:y|ies)|camps?))?)",
        r"escaped\s+from\s+(?:[\w'\u2019-]+\s+){1,3}?(?:prisons?|jails?)",
        # a jailbreak: "some 1,200 prisoners got out", "400 detainees broke out of the jail"
        # (each begins with its verb, as the cue alternation needs; the look-behind checks the noun before it)
        *(rf"{verb}(?<={noun}\s{verb})" for verb in ("escaped", r"got\sout", r"broke\sout")
          for noun in ("prisoners", "inmates", "detainees")),
        # "3,000 inmates had broken out" (the auxiliary begins the cue)
        *(rf"{aux}\s{verb}(?<={noun}\s{aux}\s{verb})" for aux in ("had", "have", "has")
          for verb in ("escaped", r"got\sout", r"broken\sout") for noun in ("prisoners", "inmates", "detainees")),
        # "the prison held 532 inmates ... 417 of them had escaped" (not "escaped unhurt": survived)
        *(rf"escaped(?<={who}\sescaped)(?!\s+(?:unhurt|unharmed|uninjured|injury|death|with|alive))"
          for who in (r"of\sthem", r"of\sthem\shad", r"of\swhom", r"of\swhom\shad", r"of\sthem\shave")),
        # "rescued 27 kidnapped persons": set free; "rescued 40 people from the rubble" is not
        # (a figure in digits after its words too: "rescued twenty-seven (27) kidnapped victims")
        r"rescu(?:ed|ing|es?)(?=\s+(?:[\w,\(\)-]+\s+){0,14}?(?:kidnapped|abducted|hostages?|captives?|abductees))",
        # after them: "143 kidnapped hostages rescued", "40 abductees rescued"
        r"rescued(?:(?<=hostages\srescued)|(?<=captives\srescued)|(?<=abductees\srescued)|(?<=kidnapped\svictims\srescued)|"
        r"(?<=abducted\svictims\srescued))",
    ],
    "detained": [
        r"detain(?:ed|ing|ees?)", r"detention", r"arrest(?:ed|ing|s)?", r"apprehend(?:ed|ing)", r"imprison(?:ed|ing)", r"jailed",
        r"abduct(?:ed|ing|ions?|s)?", r"kidnap(?:ped|ping|s)?", r"hostages?", r"held\s+(?:captive|hostage|by|in\s+custody)",
        r"rounded\s+up", r"taken\s+from\s+(?:their|his|her)\s+homes?", r"recaptur(?:ed|ing)",
        # people taken, the sentence ending there: "Residents said 287 people had been taken."
        r"(?:had|have|has)\s+been\s+taken(?=\s*[.;]|,\s+(?:residents|witnesses|officials|police|the\s+army)\b)",
        # escapees caught again: "22 have so far been returned to custody"
        r"returned\s+to\s+(?:custody|prison|jail|detention|(?:their|his|her)\s+cells?)\b",
        # prisoners serving their time ("71 prisoners serving life sentences for murder": held, whatever the crime)
        r"serving\s+(?:(?:life|long|prison|jail|their|his|her|\d+-year)\s+)*(?:sentences?|terms?)",
        # "holding two drivers overnight", "holding 12 people hostage" (not "a camp holding 300 people")
        r"holding(?=\s+(?:[\w,-]+\s+){1,6}?(?:hostages?|captives?|prisoners?|overnight|incommunicado|without\s+charge)\b)",
        # "soldiers held dozens of residents for days", "gunmen held 12 aid workers": right before people counted
        # (not "army-held", "the regime held 3000 Housing Project": who holds a place)
        r"held(?<!-held)(?<!army held)(?<!regime held)(?<!rebel held)(?<!government held)(?<!opposition held)"
        r"(?<!militia held)(?<!state held)(?<!forces held)(?=\s+(?:(?:at\s+least|some|about|around|nearly|more\s+than|over|up\s+to)\s+)?(?:\d|(?:dozens|hundreds|"
        r"scores|thousands|several|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty)\b))",
        r"held\s+for\s+(?:security\s+)?(?:screening|questioning|interrogation|investigation|vetting)",
        r"taken\s+(?:away\s+)?for\s+(?:security\s+)?(?:screening|questioning|interrogation|vetting)",
        r"held\s+in\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:warehouse|prison|jail|cells?|detention|facility|"
        r"basement|compound|camp|school|barracks|base)\b",
        r"(?:for|under)\s+(?:further\s+)?(?:questioning|interrogation)",
        r"taken\s+off\s+(?:a|the|their)\s+(?:bus|buses|minibus|vehicles?|trucks?|lorr(?:y|ies)|convoy|boat)\b",
        r"taken\s+(?:away\s+)?by\s+(?:the\s+)?(?:attackers|gunmen|armed\s+men|rebels|militants|militiamen|militia|"
        r"kidnappers|abductors|insurgents|jihadists|assailants|bandits|raiders)\b", r"(?:taken|seized|snatched)\s+(?:at\s+gunpoint|hostage|captive|as\s+(?:hostages?|captives?))", r"taken\s+into\s+custody",
        # "eight activists have been picked up by rebel fighters", "police picked up six suspects"
        r"picked\s+up(?=\s+by\s+(?:the\s+)?(?:rebel|armed|security|police|soldiers|militia|militiamen|gunmen|army|troops|"
        r"forces|intelligence|agents|officers|men\s+in\s+uniform)\b)",
        r"picked\s+up(?=\s+(?:(?:at\s+least|some|about|around|nearly|more\s+than|over)\s+)?(?:\d[\d,]*|two|three|four|five|"
        r"six|seven|eight|nine|ten|dozens|several)\s+(?:[a-z-]+\s+)?(?:suspects|youths|activists|protesters|"
        r"journalists|dissidents|militants)\b)", r"in\s+(?:[a-z\u2019'-]+\s+){0,2}?custody",
        # "dozens more were taken away": seized; but not "taken away to hospital" nor "for treatment"
        r"taken\s+away(?!\s+(?:(?:to|for)\s+(?:(?:a|the|nearby|local)\s+){0,2}(?:hospitals?|treatment|medical|clinics?)|by\s+ambulance))", r"(?:still|remain(?:s|ed|ing)?|being|been)\s+held(?!\s+(?:talks|meetings|elections|consultations))",
        # "8,000 Ukrainians were still believed to be held in Russia" (what is believed of them: cues.right_cue)
        r"held(?<=\bbe\sheld)(?=\s+(?:in|by|captive|hostage|incommunicado)\b)",
        # "gunmen took away 14 men", "armed men entered the ward and took away dozens of patients": seized
        r"(?:took|taking)\s+away\b",
        # "took around 70 people away": the people between the verb and "away"
        r"(?:took|taking)(?=\s+(?:[\w,-]+\s+){1,4}?away\b(?!\s+(?:to|for)\s+(?:(?:a|the|nearby|local)\s+){0,2}(?:hospitals?|treatment)))",
        r"in\s+(?:prisons?|jails?|detention\s+(?:centres?|centers?|facilities))", r"in\s+(?:[a-z\u2019'-]+\s+){0,2}?captivity", r"behind\s+bars", r"(?:still|are|is)\s+holding",
        r"deprived\s+of\s+(?:their\s+|his\s+|her\s+)?liberty",
        # "five suspects were handed over to the judicial authorities": held for trial
        r"handed\s+over\s+to\s+(?:the\s+)?(?:(?:judicial|competent)\s+authorities|judiciary|police|public\s+prosecution|"
        r"prosecutors?|prosecutor's\s+office)\b",
        r"(?:were|was|are|is)\s+(?:now\s+|currently\s+|reportedly\s+)?held(?!\s+(?:up|back|talks|meetings|elections|responsible|accountable|liable|in\s+(?:high|low)|"
        r"on|at\s+bay))",
    ],
    "missing": [
        # a search for people not found: "the search goes on for 214 people", "still searching for 12 people"
        r"search(?:ing)?\s+(?:(?:goes\s+on|continues|is\s+(?:still\s+)?on)\s+)?for"
        r"(?!\s+(?:[\w-]+\s+){1,3}?(?:suspects?|perpetrators?|attackers?|gunmen|gunman|assailants?|fugitives?|escapees?|"
        r"militants?|fighters?|kidnappers?|culprits?)\b)(?=\s+(?:(?:about|some|at\s+least|more\s+than|"
        r"another|over|nearly|up\s+to)\s+)?(?:\d|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|scores))",
        r"(?:went|gone|go|goes|going)\s+missing", r"missing", r"(?:not|never)\s+been\s+(?:seen|heard\s+from)\s+(?:again|since)", r"never\s+seen\s+again",
                r"whereabouts\s+(?:remain\s+|are\s+(?:still\s+)?)?unknown", r"whereabouts\s+of",
                # "the fate of the other three is still unknown", "12 men whose fate remains unknown", "the fate of
                # seven more servicemen is being clarified"
                r"fate\s+of(?=\s[^.;:]{0,50}?\s(?:is|are|remains?|remained)\s+(?:still\s+)?(?:unknown|unclear|"
                r"(?:being|yet\s+to\s+be)\s+(?:clarified|established|determined))\b)",
                r"whose\s+fate\s+(?:and\s+whereabouts\s+)?(?:is|are|remains?|remained)\s+(?:still\s+)?(?:unknown|unclear)",
                r"(?:have|has|had)\s+(?:still\s+)?not\s+(?:yet\s+)?been\s+found", r"(?:could\s+not|cannot|can\s+not|couldn't|can't)\s+be\s+(?:found|located|traced)", r"yet\s+to\s+be\s+found", r"(?:enforced\s+)?disappearances?", r"disappeared", r"vanished", r"unaccounted\s+for", r"forcibly\s+disappeared",
                r"(?:not|never)\s+(?:yet\s+)?(?:been\s+)?accounted\s+for",
                # ("thousands more are believed to be buried under the rubble": missing, not yet found dead)
                r"(?:(?:are|is|were|was|be|remain(?:s|ed)?)\s+(?:still\s+)?(?:trapped\s+|buried\s+)?|still\s+)(?:under|beneath)\s+the\s+"
                r"(?:rubble|debris|ruins)",
                # "four people believed to be trapped under the debris" (but "12 people trapped under the rubble had
                # died": a later fate)
                r"trapped\s+(?:under|beneath)\s+(?:the\s+|an?\s+)?(?:(?:collapsed|destroyed|fallen)\s+(?:[\w-]+\s+)?(?:buildings?|houses?|homes?|"
                r"blocks?|walls?|roofs?)|rubble|debris|ruins)(?![^.;:]{0,40}?\b(?:died|dead|killed)\b)"],
    "captured": [
        r"captur(?:ed|ing|es?)", r"taken\s+prisoners?", r"prisoners\s+of\s+war",
        # "has taken some 280 soldiers and policemen prisoner": the verb, its object, then "prisoner"
        r"(?:taken|took|take|takes|taking)(?=\s+(?:(?!to\s)[\w,\"\u201c\u201d-]+\s+){0,8}?[a-z]+(?:s|men|people)\s+prisoners?\b)", r"pows?", r"seiz(?:ed|ing)",
        r"surrender(?:ed|ing)", r"overr(?:an|un|unning)", r"commandeer(?:ed|ing)",
        # weapons given up: "the militants handed over 2 tanks, 4 armored vehicles", "the surrenderers turned over 31
        # assorted firearms" (not people handed over)
        r"(?:handed|turned)\s+(?:over|in)(?=\s+(?:(?:their|its|all|some|about|over)\s+)?(?:\d[\d,]*|(?:one|two|three|four|"
        r"five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
        r"dozens|hundreds)(?:-[a-z]+)?)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:tanks?|armou?red|mortars?|rifles?|guns?|firearms?|weapons|launchers?|vehicles?|machine|"
        r"grenades?|explosives?|improvised\s+explosive|rounds|ammunition))",
        # what a force took: "the haul included four machine guns and 26 rifles"
        r"(?:the|their|its|a)\s+haul\s+(?:included|includes|including|comprised|consisted\s+of|of|was)",
        # a security force's "secured" is seized ("the following was secured: 6 long firearms", "389 vehicles
        # secured"); not "secured the release of", "secured funding", nor an area "now completely secured after ..."
        r"secured(?<!completely\ssecured)(?<!fully\ssecured)(?<!now\ssecured)(?<!totally\ssecured)(?<!being\ssecured)"
        r"(?!\s+(?:after|against|from|by)\b)(?!\s+(?:the\s+|their\s+|his\s+|her\s+)?(?:release|freedom|funding|funds|access|support|agreement|passage|"
        r"approval|commitments?|donations?|pledges?)\b)", r"hijack(?:ed|ing)", r"la(?:id|y|ying)\s+down\s+(?:their|his|its)\s+(?:arms|weapons)",
    ],
    "destroyed": [
        r"destroy(?:ed|ing|s)?", r"destruction\s+of", r"demolish(?:ed|ing)", r"razed", r"flattened", r"collapsed",
        r"in\s+ruins",  # "leaving around 30 apartments in ruins"
        # bases and camps taken apart ("dismantled three terrorist bases", "Camps dismantled: 5"); not devices made safe
        r"dismantl(?:ed|ing)(?=\s+(?:[\w-]+\s+){0,3}?(?:bases?|camps?|hideouts?|positions?|checkpoints?|strongholds?|"
        r"outposts?|posts)\b)",
        *(rf"dismantled(?<={noun}\sdismantled)" for noun in ("camps", "bases", "hideouts", "positions", "checkpoints")),
        r"levell?ed", r"burn(?:ed|t)(?:\s+(?:down|to\s+the\s+ground))?(?!\s+(?:to\s+death|wounds|injuries))",
        r"torch(?:ed|ing)", r"burning(?=\s+(?:down|of|at\s+least|some|about|around|almost|more|over|nearly|up\s+to|\d|hundreds|dozens|scores|thousands|tens|several|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\b))",
        r"set\s+(?:ablaze|alight|on\s+fire|fire\s+to)", r"setting\s+(?:ablaze|alight|on\s+fire|fire\s+to)",
        r"reduced\s+to\s+rubble", r"(?:combat|equipment)\s+losses", r"losses\s+of\s+the\s+enemy",
        # "the losses of the Azerbaijani armed forces total ...": a side's losses
        r"losses\s+of\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,2}?(?:army|armed\s+forces|forces|troops|military|side)\b"
        # (a tally that follows, not "inflicting major losses of the terrorists' military equipment")
        r"(?=\s+(?:total|totals|totall?ed|amount|amounts|amounted|stand|stands|stood|reached|were|are|include|included)\b|\s*:)",
        r"(?:the\s+)?enemy(?:'s|\u2019s)?\s+losses",
        # a side's losses counted: "a tally of Russian losses:", "Ukrainian losses put at over 180 troops", "losses
        # amounted to 280 servicemen" (people lost are killed and wounded: :func:`analysis.claims.cues.cue_metric`)
        r"(?:tally|list|count|toll)\s+of\s+(?:[a-z]+\s+){0,2}losses",
        r"losses(?=\s*(?:\(|:|(?:were\s+|was\s+)?(?:put|estimated)\s+at\b|amounted\s+to\b|stood\s+at\b|totall?ed\b|"
        r"since\s+(?:the\s+start|\d|january|february|march|april|may|june|july|august|september|october|november|december)))",
        r"wiped\s+out", r"rendered\s+uninhabitable", r"sunk", r"sank", r"sinking",
    ],
    # aircraft, drones and missiles brought down: "destroyed", and the only fate an attack object can have
    "recovered": [r"recover(?:ed|ing|y\s+of)", r"recover(?=\s+\d)", r"confiscat(?:ed|ing|ion\s+of)", r"seizures?\s+of",
                  # arms found in a search, right before their figure ("troops found 12 rifles"; what is found is
                  # only seized when it is a thing a force takes: :func:`analysis.claims.cues.compatible`)
                  r"(?:found|discovered|uncovered)(?=\s+(?:(?:about|some|over|more\s+than|at\s+least|another)\s+)?\d)",
                  r"(?:took|taken|take|takes|taking|seized|gained|regained|retook|retaken)\s+(?:full\s+)?control\s+of",
                  r"liberat(?:ed|ing|ion\s+of)", r"recaptur(?:ed|ing)", r"retook", r"retaken",
                  # places taken: "its troops had taken two more villages" (the verb, then a count of places)
                  r"(?:took|taken|taking)(?=\s+(?:(?:about|some|at\s+least|over|more\s+than|another)\s+)?(?:\d[\d,]*|two|"
                  r"three|four|five|six|seven|eight|nine|ten|several|dozens)\s+(?:more\s+|other\s+|further\s+)?"
                  # (or a part of them: "has taken nine of the state's 17 townships")
                  r"(?:of\s+(?:the\s+|its\s+|their\s+)?(?:[a-z]+['\u2019]s\s+)?(?:\d[\d,]*\s+)?)?"
                  r"(?:villages?|towns?|townships?|settlements?|positions|bases|hills|outposts|localities|districts|"
                  r"hamlets|neighbou?rhoods)\b)"],
    "intercepted": [r"downed", r"shot\s+down", r"shooting\s+down", r"intercepted", r"brought\s+down"],
}

# Order matters where cues overlap: the first metric whose cue matches a phrase wins.
_CUE_ORDER: Final = ["idps", "casualties", "killed", "wounded", "displaced", "refugees", "returned", "released",
                     "detained", "missing", "captured", "destroyed", "intercepted", "recovered"]

CUE_RE: Final = re.compile(
    r"\b(?:" + "|".join(
        f"(?P<{metric}>" + "|".join(METRIC_CUES[metric]) + ")" for metric in _CUE_ORDER
    ) + r")\b",
    re.IGNORECASE,
)

#: Words that are never cues in context ("returned fire", "held talks", "killing time").
CUE_FALSE: Final = re.compile(
    r"\b(?:alive\s+or\s+dead|dead\s+or\s+alive|(?:(?<=died\s)|(?<=dead\s)|(?<=killed\s)|(?<=perished\s))on\s+the\s+move|arrest\s+warrants?|returned\s+fire|return\s+fire|return\s+to\s+(?:the\s+)?(?:table|talks|negotiations|normal\w*|calm)|"
    # pupils and staff back at their desks: "as children go back to school", "returned to work"
    r"(?:go|goes|going|went|gone|come|came|coming|return(?:ed|ing|s)?)\s+(?:back\s+)?to\s+(?:school|class(?:es)?|work)\b|"
    # events held, not people: "funerals were held for 12 martyrs", "talks held in Geneva"
    r"(?:funerals?|burials?|memorial\s+services?|ceremon(?:y|ies)|vigils?|talks|elections?|meetings?|prayers)\s+"
    r"(?:(?:was|were|is|are|had\s+been|have\s+been|has\s+been|will\s+be)\s+)?held\b|"
    # a need, not a move: "1,000 people required urgent medical evacuation"
    r"(?:need(?:s|ed|ing)?|requir(?:e|es|ed|ing)|await(?:s|ed|ing)?|in\s+need\s+of)\s+(?:urgent\s+|immediate\s+|emergency\s+)?"
    r"medical\s+evacuations?\b|"
    # a rate, no death counted: "changed the crude death rate by less than 0.1"
    r"(?:death|mortality)\s+rates?\b|"
    # a party's seats, a team's matches: "lost 12 seats"
    r"lost\s+(?:(?:about|some|over|nearly|more\s+than|another)\s+)?[\d,]+\s+(?:seats|votes|matches|games|points|jobs|"
    r"hectares|kilos|kilograms|pounds)\b|"
    # "19 women and children held by the group as human shields": where they were when they died, no count held
    r"held\s+(?:(?:by|in)\s+(?:[\w'-]+\s+){1,4}?)?as\s+(?:human\s+)?shields\b|"
    r"(?:not|never|yet\s+to)\s+(?:yet\s+|still\s+)?(?:been\s+able\s+to\s+)?(?:return(?:ed)?|gone\s+back|go\s+back|come\s+back|"
    r"came\s+back|come\s+home|came\s+home|go\s+home|gone\s+home)\b|"
    # "pupils risk missing their exams", "missing school": the verb "miss", not people missing
    r"missing\s+(?:out|(?:their|his|her|its|our|your)\s+(?:\w+\s+)?(?:exams?|tests?|classes|lessons|school(?:ing)?|"
    r"meals|appointments?|treatment|doses?|vaccinations?|harvests?|work|deadlines?)|school|classes|lessons|meals|"
    r"exams?|tests?)|"
    r"in\s+return(?!\s+for\s+(?:[a-z]+\s+){0,2}\d)|captured\s+(?:individuals|households|idps|persons|figures|data|in\s+(?:this|the)\s+)|seized\s+(?:control|power|the\s+initiative)|(?<=on\s)leave\b|death\s+penalty|dead\s+end|deadline|"
    r"(?:were|was|are|is)\s+(?:reported|said|believed)\s+to\s+have|"
    # "9 of them within an hour of arrival": a time, not a movement
    r"(?:(?:within|in)\s+(?:an?\s+|\d+\s+|the\s+first\s+)?(?:hours?|minutes?|days?)\s+of|(?:up)?on|after|before)\s+"
    r"(?:their\s+|his\s+|her\s+)?arrival\b(?!\s+(?:in|at|of)\s+[A-Z])|"
    # "four patients died soon after arriving": a time, not a movement
    r"(?:soon\s+|shortly\s+|just\s+)?(?:after|before|on|upon)\s+arriving\b(?!\s+(?:in|at)\s+[A-Z])|"
    r"(?:awaiting|await(?:s|ed)?|waiting\s+for)\s+(?:medical\s+|their\s+|its\s+)?(?:evacuation|relocation|release|return)|"
    r"needs?\s+to\s+be\s+(?:moved|relocated|evacuated|returned|released)|"
    r"refugees?\s+(?:agency|agencies|council|commission|affairs|status|convention|law|response|plan|programme|camps?|"
    r"program|operation|hosting|-hosting)|refugees\s+international|(?:commissioner|commission|council)\s+for\s+"
    r"refugees|(?:videos?|footage|images?|photos?|pictures?|recordings?|clips?|statements?|reports?)\s+released|"
    r"mass[\s-]+casualt(?:y|ies)\s+(?:management|incidents?|events?|plans?|planning|training|response|care|"
    r"treatment|preparedness|drills?|kits?)|"
    r"released\s+(?:a|an|its|their|the)\s+(?:\w+\s+)?(?:report|statement|video|footage|figures|data|"
    r"update|appeal|plan|funds?)|(?:lost(?!\s+their\s+(?:homes?|houses?|shelters?)\b(?!['\u2019]))|losing)\s+(?:their\s+|his\s+|her\s+|personal\s+|all\s+)*(?:belongings|homes?|"
    r"livestock|property|jobs|income|documents|access|contact|everything|livelihoods?|hope|faith|patience|track|shelters?|"
    r"houses?|flats?|apartments?|businesses|shops?|crops|harvests?|"
    r"interest)|(?<!in\s)displacement\s+(?:camps?|sites?|centres?|centers?|settlements?|shelters?|tracking|matrix)|"
    # "the bodies arrived at the hospital", "three injured persons arrived at Izraa Hospital": brought in, not moved
    r"arriv(?:ed|ing|es?|als?)\s+(?:at|in|to)\s+(?:the\s+|a\s+)?(?:[\w'\u2019-]+\s+){0,3}?(?:hospitals?|morgues?|"
    r"clinics?|medical\s+(?:centres?|centers?|points?)|health\s+(?:centres?|centers?|facilities))\b"
    r"(?!\s+(?:with\s+(?:[\w-]+\s+){0,3}?(?:wounds|injuries|burns)|in\s+(?:a\s+)?(?:critical|serious|grave)\s+condition)))\b",
    re.IGNORECASE,
)

#: Counted nouns: the "unit" of a figure. Values: a canonical unit name.
PERSON_NOUNS = {
    "people", "persons", "person", "civilians", "civilian", "fighters", "fighter", "soldiers", "soldier", "troops",
    "militants", "militant", "rebels", "rebel", "jihadists", "jihadist", "terrorists", "terrorist", "gunmen",
    "gunman", "insurgents", "members", "member", "militiamen", "militiaman", "officers", "officer", "policemen",
    "policeman", "police", "guards", "guard", "bodyguards", "bodyguard", "personnel", "servicemen", "serviceman", "commanders", "commander",
    "children", "child", "kids", "minors", "minor", "women", "woman", "men", "man", "babies", "baby", "infants",
    "boys", "boy", "girls", "girl", "students", "teachers", "doctors", "nurses", "medics", "paramedics",
    "workers", "journalists", "journalist", "residents", "inhabitants", "citizens", "villagers",
    "syrians", "kurds", "iraqis", "iranians", "russians", "turks", "americans", "lebanese", "palestinians",
    "afghans", "foreigners", "nationals", "migrants", "refugees", "refugee", "idps", "returnees", "detainees",
    "detainee", "prisoners", "prisoner", "hostages", "hostage", "protesters", "demonstrators", "worshippers",
    "patients", "pilots", "pilot", "victims", "victim", "individuals", "recruits", "volunteers", "mercenaries",
    "extremists", "jihadis", "combatants", "defectors", "elements", "operatives", "loyalists", "militias",
    "staff", "others", "dead", "deaths", "wounded", "injured", "casualties", "bodies", "martyrs", "fatalities",
    "trauma cases", "trauma patients", "war-wounded",
    "persons", "relatives", "brothers", "sons", "daughters", "generals", "general", "colonels", "officials", "families",
    "employees", "aid workers", "volunteers", "adults", "elderly", "youths", "youngsters", "farmers", "shepherds",
    "displaced", "fatality", "casualty", "death", "airmen", "airman", "crew", "crewmen", "crew members", "seafarers", "sailors", "marines",
    "paratroopers", "advisers", "advisors", "contractors", "agents", "spies", "clerics", "imams", "priests",
    "aggressors", "troopers", "civ", "civs",
    "monks", "nuns", "novices", "pastors", "deacons",
    "seminarians", "congregants", "administrators", "cleaners", "cooks", "watchmen", "janitors",
    "technicians", "constables", "jawans", "majors", "patrolmen",
    "captains", "lieutenants", "sergeants", "corporals", "engineers", "experts", "inmates", "suspects", "smugglers", "bombers", "snipers", "guerrillas",
    "peshmerga", "conscripts", "reservists", "deserters", "sympathisers", "supporters", "leaders", "leader",
    "tribesmen", "heads", "herders", "siblings", "sisters", "cousins", "parents", "households", "household",
    "hh", "hhs", "family", "colleagues", "colleague", "idp", "returnee", "evacuees", "arrivals", "new arrivals",
    "staff members", "staff member", "humanitarians", "peacekeepers", "peacekeeper", "nationals", "males", "females",
    "villagers", "settlers", "herdsmen", "survivors", "suppliers", "collaborators", "informants", "couriers",
    "abductors", "looters", "poachers", "elders", "lawyers", "judges", "inmates", "servicepersons",
    "serviceperson", "servicemembers", "service members", "defenders", "rights defenders", "inspector", "inspectors",
    "companions", "ind", "indiv", "inds", "heroes", "bakers", "tailors", "butchers", "mechanics", "carpenters", "barbers",
    "plumbers", "electricians", "dentists", "professors", "lecturers", "headmasters", "grocers",
    "accountants", "cashiers", "waiters", "photojournalists", "bloggers", "poets", "singers", "footballers",
    "academics", "researchers", "accomplices", "ringleaders", "masterminds", "facilitators", "kingpins", "cadres",
    "signatories",
    "missing", "returns", "arrests", "injuries", "killings", "abductions", "disappearances", "homicides", "deceased", "departures", "returned", "released",
    "wife", "husband", "son", "daughter", "brother", "sister", "mother", "father", "grandson", "granddaughter",
    "nephew", "niece", "uncle", "aunt", "cousin", "friend", "neighbour", "neighbor", "grandfather", "grandmother",
    "staffer", "national", "migrant", "protester", "demonstrator", "employee", "contractor", "villager", "herder",
    "fisherman", "trader", "patient", "surgeon", "judge", "lawyer", "priest", "imam",
    "rescuer", "firefighter", "firefighters", "assailant", "assailants", "attacker", "attackers", "bomber", "sniper",
    "health worker", "relief worker", "police officer", "police officers", "security officer", "security officers",
    "teenager", "teenagers", "toddler", "toddlers", "infant", "pensioner", "pensioners",
    "shepherd", "farmer", "volunteer", "cameraman", "activist", "policewoman", "midwife", "pharmacist", "engineer",
    "cleric", "monk", "nun", "gunman", "militiaman", "serviceman", "perpetrators", "raiders", "bandits", "hostage",
    "medical staff", "aid worker", "humanitarian workers", "humanitarian worker", "worshipper", "pilgrims", "pilgrim",
    "pupils", "pupil", "schoolchildren", "schoolgirls", "schoolboys", "students", "learners", "catechists",
    "catechist", "missionaries", "missionary", "clergy", "deminers", "journalists", "media workers", "lawmakers",
    "politicians", "candidates", "voters", "councillors", "mayors", "chiefs", "traditional leaders", "herders",
    "traders", "merchants", "labourers", "laborers", "miners", "loggers", "porters", "vendors", "nurses", "midwives",
    "surgeons", "pharmacists", "ambulance workers", "emergency workers", "rescue workers", "first responders",
    "firemen", "policemen", "gendarmes", "gendarme", "guardsmen", "border guards", "peacekeepers", "observers",
    "monitors", "inspectors", "diplomats", "envoys", "ministers", "officers", "cadets", "recruits", "conscripts",
    "prisoners of war", "pows", "captives", "abductees", "hostages", "kidnap victims", "orphans", "widows",
    "elderly people", "older people", "persons with disabilities", "newborns", "babies", "infants", "adolescents",
    "teens", "youngsters", "minors", "boys", "girls", "males", "females", "men", "women", "mothers", "fathers",
    "defenders", "combatants", "mercenaries", "militiamen", "paramilitaries", "insurgents", "separatists",
    "rebels", "jihadists", "extremists", "gunmen", "assailants", "attackers", "raiders", "bandits", "kidnappers",
    "smugglers", "traffickers", "arrivals", "evacuees", "asylum seekers", "asylum-seekers", "stateless people",
    "nationals", "foreign nationals", "expatriates", "tourists", "travellers", "travelers", "commuters", "fans",
    "shepherds", "farmers", "fishermen", "nomads", "pastoralists", "villagers", "townspeople", "inhabitants",
    "dwellers", "tenants", "occupants", "squatters", "campers", "settlers", "colonists", "relatives", "kin",
    "lives", "movements",
    "fathers", "mothers", "wives", "husbands", "grandchildren", "activists", "rescuers", "civil defence workers",
    "medical workers", "health workers", "aid workers", "security guards", "opponents", "dissidents", "fishermen", "drivers", "passengers", "pedestrians", "shoppers", "mourners", "bystanders", "passers-by", "passersby",
    "riders", "motorcyclists", "cyclists", "motorists",
    "guests", "spectators", "players", "athletes", "truckers", "colonel", "major", "captain", "lieutenant",
    "sergeant", "private", "corporal", "medic", "nurse", "doctor", "teacher", "student", "worker", "driver",
    "resident", "journalist", "photographer", "cameraman", "reporter",
}
OBJECT_NOUNS: Final = {
    # (singulars too, counted as "one" in a list: "two rifles, one pistol and 63 rounds recovered")
    "rifle", "pistol", "gun", "launcher", "grenade", "motorcycle", "drone", "helicopter", "mortar", "ambulance", "bus",
    "boat", "house", "building",
    "tanks", "tank", "vehicles", "vehicle", "cars", "car", "trucks", "truck", "buses", "aircraft", "planes", "jets",
    "warplanes", "helicopters", "drones", "missiles", "rockets", "shells", "mortars", "bombs", "barrels",
    "airstrikes", "strikes", "raids", "attacks", "villages", "village", "towns", "town", "cities", "homes", "houses",
    "buildings", "schools", "hospitals", "clinics", "mosques", "churches", "bakeries", "shelters", "camps",
    "neighbourhoods", "neighborhoods", "districts", "positions", "checkpoints", "bases", "outposts", "weapons",
    "guns", "rifles", "launchers", "boats", "ships", "canoes", "pirogues", "dhows", "speedboats", "armoured",
    "apartments", "shops", "markets", "bridges", "wells", "factories", "farms", "hectares", "tents", "depots",
    "tunnels", "hideouts", "hide-outs", "hideout", "barrel bombs", "air strikes", "hamlets", "settlements",
    "facilities", "sites", "hills", "areas", "localities", "cannons", "artillery", "lgas", "woredas", "kebeles",
    "payams",  # local government areas and their like: places
    "missile", "drone", "drones", "rocket", "tank", "helicopter", "jet", "warplane", "aircraft", "plane", "boat",
    "ship", "vessel", "vessels", "truck", "bus", "ambulance", "ambulances", "house", "home", "school", "hospital",
    "clinic", "mosque", "church", "bridge", "shelter", "tent", "camp", "building", "grain stores", "stores",
    "granaries", "shops", "kiosks", "market stalls", "stalls", "classrooms", "health facilities", "health centres",
    "health centers", "water points", "wells", "latrines", "huts", "dwellings", "housing units", "structures",
    "homesteads", "compounds", "warehouses", "depots", "vehicles", "motorcycles", "tractors", "granary",
    "firearms", "pistols", "machine guns", "grenades", "motorbikes", "pickups", "pick-ups", "gun trucks", "howitzers",
    "artillery systems", "uavs", "projectiles", "body bags", "bodybags", "rounds", "bullets", "cartridges", "dunams",
    "donums", "acres", "feddans", "convoys", "convoy", "flights",
    # equipment named in two or three words, read whole ("23 armoured personnel carriers" counts carriers)
    "armoured personnel carriers", "armored personnel carriers", "personnel carriers",
    "armoured combat vehicles", "armored combat vehicles", "combat vehicles",
    "infantry fighting vehicles", "fighting vehicles", "motor vehicles", "field artillery guns", "artillery guns",
    "missile launchers", "rocket launchers", "air defence systems", "air defense systems", "mortar launchers",
    "air-defence systems", "air-defense systems", "artillery pieces", "anti-aircraft guns", "self-propelled guns",
    # explosives planted, found or made safe ("neutralised 26 explosive devices", "seized 11 IEDs")
    "explosive devices", "devices", "ieds", "landmines", "mines", "booby traps", "health posts",
}
#: One person, counted when a verb of harm or a breakdown says so: "a paramedic was shot dead", "another
#: staff member was wounded" (the nouns of "a/an/another + noun").
SINGLE_PERSON_NOUNS: Final = {
    "child", "woman", "man", "boy", "girl", "civilian", "soldier", "fighter", "officer", "policeman", "policewoman",
    "journalist", "baby", "infant", "teenager", "doctor", "nurse", "medic", "paramedic", "worker", "resident",
    "farmer", "shepherd", "student", "teacher", "pilot", "commander", "rebel", "militant", "member", "person",
    "citizen", "driver", "photographer", "activist", "volunteer", "guard", "cameraman", "reporter", "toddler",
    "pensioner", "father", "mother", "son", "daughter", "staff", "staffer", "colleague", "refugee", "migrant",
    "protester", "demonstrator", "detainee", "prisoner", "hostage", "peacekeeper", "employee", "contractor",
    "villager", "herder", "fisherman", "trader", "shopkeeper", "IDP", "idp", "returnee", "patient", "surgeon",
    "agent", "aggressor", "trooper",
    "pharmacist", "midwife", "engineer", "judge", "lawyer", "priest", "imam", "cleric", "monk", "nun",
    "aid worker", "health worker", "relief worker", "rescuer", "firefighter", "police officer", "security officer",
    "customs officer", "border guard", "gunman", "assailant", "attacker", "bomber", "sniper", "militiaman",
    "serviceman", "staff member", "leader", "inspector", "serviceperson",
    "deacon", "mukhtar", "sailor", "seafarer", "crew member", "deminer", "reservist", "conscript", "passer-by",
    "passerby", "bystander", "elder", "youth", "catechist", "pastor", "preacher", "bishop", "businessman",
    "interpreter", "translator", "baker", "vendor", "street vendor", "tailor", "butcher", "mechanic", "labourer",
    "laborer", "carpenter", "porter", "barber", "plumber", "electrician", "dentist", "professor", "lecturer",
    "headmaster", "village chief", "tourist", "pilgrim", "worshipper", "miner", "grocer", "accountant", "cashier",
    "waiter", "photojournalist", "blogger", "poet", "singer", "footballer", "athlete", "academic", "researcher",
    "schoolteacher", "headteacher", "herdsman", "cleaner", "councillor", "councilor", "pupil", "schoolgirl",
    "schoolboy", "gendarme", "technician", "sergeant", "corporal", "lieutenant", "colonel", "ambulance driver",
    "security guard", "watchman", "caretaker", "headmistress", "vaccinator", "captain", "army major", "police major",
    "constable", "jawan", "havildar", "brigadier", "cook", "janitor", "novice", "seminarian", "suspect", "patrolman",
}
#: Holders of an office, counted one at a time only ("an Embera governor, José Dogirama, was killed", "a local
#: official was abducted"); after a figure these words are no counted nouns ("11 official detention centres").
SINGLE_OFFICE_NOUNS: Final = {"governor", "mayor", "official", "chief", "administrator", "commissioner", "prosecutor",
                              "diplomat", "lawmaker", "politician"}
#: Kin of someone named before: "her husband", "their baby" (one person each).
KIN_NOUNS: Final = {
    "wife", "husband", "son", "daughter", "baby", "brother", "sister", "mother", "father", "child", "grandson",
    "granddaughter", "nephew", "niece", "uncle", "aunt", "cousin", "colleague", "friend", "neighbour", "neighbor",
    "grandfather", "grandmother", "boy", "girl",
    # the crew of a vehicle named before: "wounding its driver", "her pilot"
    "driver", "pilot", "co-pilot", "bodyguard",
}
PERSON_NOUNS |= {n.lower() for n in SINGLE_PERSON_NOUNS} | KIN_NOUNS
COUNT_NOUNS: Final = PERSON_NOUNS | OBJECT_NOUNS

#: Counted nouns that state a metric by themselves ("5,000 refugees", "45 dead").
NOUN_METRIC: Final = {
    "dead": "killed", "deaths": "killed", "death": "killed", "bodies": "killed", "martyrs": "killed",
    "fatalities": "killed", "fatality": "killed",
    "wounded": "wounded", "injured": "wounded",
    "casualties": "casualties", "casualty": "casualties",
    "refugees": "refugees", "refugee": "refugees",
    "idps": "idps", "displaced": "displaced",
    "returnees": "returned", "returnee": "returned", "returns": "returned", "returned": "returned",
    "released": "released",  # "190 arrested; 74 released": the figure's own participle
    "idp": "idps", "arrivals": "refugees", "new arrivals": "refugees", "evacuees": "displaced",
    "arrests": "detained", "abductions": "detained", "injuries": "wounded", "killings": "killed",
    "departures": "displaced", "missing": "missing", "lives": "killed", "movements": "displaced",
    "captives": "detained", "abductees": "detained", "prisoners of war": "captured", "pows": "captured",
    "kidnap victims": "detained", "asylum seekers": "refugees", "asylum-seekers": "refugees",
    # the victims of an attack or a massacre are its dead (the corpora's reading), not those of sexual violence,
    # torture or mines (see ``extract._VICTIMS_OF_OTHER``)
    "victims": "killed",
    "detainees": "detained", "detainee": "detained", "hostages": "detained", "hostage": "detained",
    "prisoners": "captured", "prisoner": "captured",
    "disappearances": "missing", "homicides": "killed", "deceased": "killed",
    # "received more than 480 trauma cases": people hurt, as health bulletins count them
    "trauma cases": "wounded", "trauma patients": "wounded", "war-wounded": "wounded",
}

#: Units written in short or singular forms, as reported: "45 HH" counts households, "210 ind." individuals.
UNIT_NAMES: Final = {"hh": "households", "hhs": "households", "household": "households", "family": "families",
                     "civ": "civilians", "civs": "civilians",
                     "ind": "individuals", "indiv": "individuals", "inds": "individuals"}

#: Units that only say which metric, not what was counted: the figure counts people.
METRIC_ONLY_UNITS: Final = {"dead", "deaths", "death", "bodies", "martyrs", "fatalities", "fatality", "wounded",
                            "injured", "casualties", "casualty", "displaced", "others", "missing", "arrests",
                            "abductions", "injuries", "killings", "returned", "released", "lives", "movements",
                            "disappearances", "homicides", "deceased"}

#: Metrics whose default counted noun is "people".
PEOPLE_METRICS: Final = {"killed", "wounded", "casualties", "displaced", "refugees", "idps", "returned", "released",
                         "detained", "missing"}
#: Metrics of people who moved somewhere (fled, sheltering, abroad).
MOVED_METRICS: Final = frozenset({"displaced", "idps", "refugees"})
#: The same, and people who went back home.
MOVED_OR_BACK_METRICS: Final = MOVED_METRICS | {"returned"}
#: What may befall people held after they were taken, told by a later verb ("were freed", "were later killed").
AFTER_HELD_METRICS: Final = frozenset({"released", "killed", "wounded"})
#: People held (plural counted nouns): their moves are transfers in custody, their freeing is a release.
HELD_PLURALS: Final = ("detainees", "prisoners", "hostages", "captives", "abductees", "inmates", "internees")
#: The same as counted nouns, singulars and "prisoners of war" too.
HELD_PEOPLE: Final = frozenset(HELD_PLURALS) | {n[:-1] for n in HELD_PLURALS} | {"prisoners of war", "pows"}
#: The plurals as a pattern: "(?:detainees|prisoners|...)".
HELD_NOUNS: Final = "(?:" + "|".join(HELD_PLURALS) + ")"

#: Military ranks and titles: the death of a named officer counts as one officer killed.
RANKS: Final = (
    r"(?:brigadier|major|lieutenant|lt\.?)[\s-]+general|brig\.?\s+gen\.?|maj\.?\s+gen\.?|lt\.?\s+gen\.?|general|gen\.|"
    r"brigadier|colonel|lieutenant[\s-]+colonel|lt\.?\s+col\.?|col\.|major|maj\.|captain|capt\.|lieutenant|lt\.|"
    r"sergeant|sgt\.?|commander|field\s+commander|admiral|commodore|emir|sheikh|officer"
)


#: The same patterns for lower-cased text (several times faster than IGNORECASE). CUE_LOWER
#: matches what CUE_RE matches, its alternatives grouped by first letter (faster still, see
#: :mod:`analysis.claims.alternation`); its groups are named ``<metric>__<n>``.
_CUE_FRAGMENTS: Final = [(metric, cue.lower()) for metric in _CUE_ORDER for cue in METRIC_CUES[metric]]
CUE_LOWER: Final = re.compile(
    r"\b" + by_first_char([cue for _, cue in _CUE_FRAGMENTS], [metric for metric, _ in _CUE_FRAGMENTS]) + r"\b"
)
_GROUP_METRIC: Final = {name: name.split("__")[0] for name in CUE_LOWER.groupindex}
CUE_FALSE_LOWER: Final = re.compile(CUE_FALSE.pattern.lower())
#: Every :data:`CUE_FALSE_LOWER` match contains one of these (a cheap test before the pattern).
CUE_FALSE_NEEDS: Final = ("return", "back", "seized", "dea", "have", "refugee", "released", "lost", "losing",
                          "captured", "displacement", "arriv", "wait", "the move", "warrant", "on leave", "mass",
                          "need", "missing ", "shields", "e home", "go home", "funeral", "burial", "ceremon", "vigil",
                          "talks", "election", "meeting", "prayer", "memorial", "medical evac", "mortality")


def metric_of(match: re.Match) -> str:
    """The metric named by a :data:`CUE_RE` or :data:`CUE_LOWER` match."""
    name = match.lastgroup
    return _GROUP_METRIC.get(name, name) if name else "other"
