"""Arabic figures: one ledger row per figure an Arabic article reports (issue 17).

The rows have the English extractor's columns, metrics and qualifiers (:mod:`analysis.claims.extract`;
:data:`~analysis.schemas.CLAIM_COLUMNS` plus ``repeat_of``); offsets are into the article's own text.
An article goes here when its ``LANGUAGE:`` header says ``ar`` or, without one, when its text is mostly
Arabic script (:func:`analysis.claims.articles.article_language`).

How a figure is read (rules and word lists, no model):

1. The text is folded with its offsets kept (:mod:`analysis.claims.arabic_numbers`: diacritics, alef
   forms, Arabic-Indic and Persian digits, ٬ ٫), cut into tokens and into sentences (. ! ? ؟ and line
   ends).
2. Number phrases: digits, number words and compounds, scales, vague words (minimum readings as in
   English: عشرات 24, مئات 200, آلاف 2,000, عشرات الآلاف 20,000, ملايين 2,000,000, عدة/بضعة 3), duals
   of person nouns (قتيلان, طفلين = 2) and, in a tally, singular person nouns (بينهم طفل وامرأة: 1 each;
   مقتل شاب: 1).
3. Non-counts are dropped: a duration, age, measure, sum of money or percentage after the number
   (عاما, ساعة, كم, دولار, %, بالمئة, من العمر), a month beside it (a date), a word before it that makes
   it a name or an age (عمره, الفرقة, رقم, العام), a year (1900-2100 in digits) unless a counted noun
   follows or a toll ends on it (ارتفع ... إلى 2016.).
4. Hedges before the number (نحو, حوالي, قرابة, زهاء, ما يقرب من, ما لا يقل عن, أكثر من, أزيد من, ما
   يزيد عن/على, تجاوز, ما يصل إلى, حتى, أقل من), after it (تقريبا; على الأقل, على أقصى تقدير after
   the noun) and ranges (ما بين X و Y) give the qualifier; value, value_low and value_high follow the
   English conventions (``numbers.py``).
5. The metric, first that applies (:meth:`_Sentence.metric`):

   a. the counted noun is a metric word (15 قتيلا, 300 نازح; a status noun after a verb of return is
      ``returned``: عاد 500 لاجئ), or a metric word follows the noun (20 مدنيا جريحا);
   b. "others" after the number (45 آخرون) take the cue right before, else the previous figure's metric;
   c. a cue right before the number (مقتل 37, أصيب 12, نزوح أكثر من; one word such as بحياة, عن, إلى
      may stand between);
   d. a toll frame before it: عدد/حصيلة and the cue nouns after it (بلغ عدد النازحين العائدين ... 70 is
      returned; a حصيلة with no cue is killed);
   e. a breakdown (بينهم, منهم, من ضمنهم, وهم:, بمعدل, a bracket) takes the previous figure's metric, and
      so does the next item of the breakdown joined by و, unless it has its own verb (و497 شخصا أصيبوا);
      a breakdown opening a sentence (ومن بين هؤلاء) takes the article's previous figure;
   f. a cue after the noun in the same clause (37 مدنيا استشهدوا), across a list joined by "، و" and
      quotes ("25 ألفا و667 مدنيا، و9 آلاف جندي" قتلوا), never after في/خلال/منذ (a funeral of the dead);
   g. a cue further before in the clause; h. a figure in a list after another takes its metric.
   i. a line of a list with one figure and no cue ("مأرب: ١٠٬٢١٠") takes the metric of the heading on its
      own line or the introduction ending in a colon before the list.

   A killed cue joined to a wounded one with no figure of its own between (مقتل وإصابة 40, قتلى وجرحى,
   قتل أو جرح, بين قتيل وجريح) is ``casualties``; displacement with داخليا or people sheltering
   (يحتمون) is ``idps``, towards the outside (الخارج, دول الجوار) ``refugees``, leaving to go home
   (غادروا ... عائدين) ``returned``. Things are never killed nor people destroyed (they are ``other``).
   Damage (تضرر), infection beside a disease (الإصابة بالكوليرا), need (يحتاج) and aid handed out (وزعت)
   are never harm; people seized who are no combatants are held (``detained``); duals of things right
   after a cue count 2 (أسقطت طائرتين), and the word "two" after a dual repeats it (مدنيان اثنان).
   Cues are found through clitics and verb endings (:mod:`analysis.claims.arabic_lexicon`). A figure
   with no metric is ``other`` when its noun is a known person or thing, else left out.
6. ``attributed_to``: the words after وفق/وفقا ل/بحسب/حسب/قال/أفاد/أعلن/ذكر/وثق/أكد nearest the figure in
   its sentence (before it first); a sentence naming no source (وأضاف أن ...) takes the last one named
   in the article. ``place``: the nearest Arabic place name the name table knows, after the figure
   first (:mod:`analysis.claims.arabic_places`), with ``place_country``/``place_admin1`` from the
   project's gazetteer; never carried from another sentence. ``period``: the nearest منذ/خلال/اليوم/أمس
   phrase, as written. ``scope``: ``site: ...`` when the figure's clause puts its people in one site
   (camps, shelters, collective centres, schools, hospitals, prisons, tents, a village), else empty.

Scores on ``../shared/articles/dev_ar`` (development), on our written set ``tests/blind_ar`` (each batch
read once, then used for development) and on the held-out set ``tests/heldout_ar`` (never tuned on) are in
``data/claims/evaluation.md``, written by :mod:`analysis.claims.evaluation_report`; the hidden set will
score lower than the development corpus. Shares of a group ("٩٠٪ من
الواصلين نساء وأطفال"): :mod:`analysis.claims.arabic_shares`.
``TALLY_ARABIC_DEBUG=1`` raises instead of dropping a sentence whose reading fails.

Left for later sessions (notes):

* metric only in an earlier sentence ("عدد الأطفال من بين هؤلاء ... هو 135 ألفا") and verbless clauses;
* returns written as leaving or crossing (خروج ألفي سوري من لبنان, المغادرين: displaced or returned
  only by the story's context);
* a singular victim that opens a sentence before its verb (قيادي ... واثنان من مرافقيه قد قتلوا);
* stacked hedges (تجاوز ... نحو) read as the nearest hedge;
* ``scope`` for Arabic rows beyond sites (actors, attacks, rates, groups: analysis/claims/scope.py is
  English);
* the claim check reads Arabic rows through their English forms (``place`` by
  :func:`analysis.claims.arabic_places.english_place`, ``period`` by
  :func:`analysis.claims.arabic_periods.english_period`, in :mod:`analysis.check.match`), and English report
  tables show the same readings (:mod:`analysis.tables.english`); Arabic extraction has a row in
  ``benchmarks/claims_bench.py``;
* left: the HTML/PDF with Arabic sentences (right-to-left, an Arabic font), comparing Arabic and English outlets.
"""

from __future__ import annotations

import os
import re
from typing import Iterator

from analysis.claims import arabic_lexicon as lex
from analysis.claims.arabic_places import country_code, is_country
from analysis.claims.arabic_shares import ARRIVALS, find_shares, may_hold_share
from analysis.claims.layout import row_cells, rule_line
from analysis.claims.lexicon import AFTER_HELD_METRICS, MOVED_METRICS, PEOPLE_METRICS
from analysis.claims.arabic_numbers import (ONES, SCALES, TEN, NumberPhrase, Token, normalise, read_number, strip_conj,
                                            tokens)
from analysis.claims.numbers import qualifier_bounds

_CARRY_SPEAKER = True  # a sentence naming no source takes the last one named (reports quote one source)
_DEBUG = bool(os.environ.get("TALLY_ARABIC_DEBUG"))  # raise instead of dropping a sentence that fails
_SENTENCE_END = {".", "!", "?", "؟"}
_CLAUSE_PUNCT = {"،", ",", ":", "؛", ";", "(", ")", "[", "]", ".", "!", "?", "؟", "\"", "«", "»", "“", "”"}
_BREAKDOWN = {"بينهم", "منهم", "ضمنهم", "وهم", "هم", "بينها", "منها", "وبينهم", "ومنهم", "ومن", "معظمهم",
              "غالبيتهم", "اغلبهم", "اكثرهم", "منهن", "بينهن", "احدهم", "احداهن", "احداهم", "واحدهم", "بواقع",
              "احدهما", "احداهما", "واحدهما"}
#: Words after a verb of return that make it a restoring of things: "أعادت تشغيل", "إعادة فتح", "إعادة تأهيل".
_RESTORED = {"تشغيل", "فتح", "تاهيل", "بناء", "ترميم", "اعمار", "تفعيل", "تركيب"}
_TOLL = {"حصيلة", "الحصيلة", "حصيله", "عدد", "ارتفع", "ارتفعت", "ارتفاع", "يرتفع", "ترتفع", "بلغ", "بلغت",
         "وصل", "وصلت", "الاجمالي", "اجمالي", "مجموع"}
#: hedge phrases (folded, clitics allowed on the first word) ending right before a number
_HEDGES = [
    ("about", r"نحو|حوالي|قرابة|قرابه|زهاء|ما يقرب من|ما يقارب|يقارب|ما يقدر ب|ما يقدر بنحو|يقدر ب|يقدر بنحو|ما يناهز|يناهز|تقريبا"),
    ("at_least", r"ما لا يقل عن|لا يقل عن|ما لا يقل على|لا يقل عدد[هم]* عن|على الأقل|علي الاقل"),
    ("more_than", r"اكثر من|ازيد من|ما يزيد عن|ما يزيد على|يزيد عن|يزيد على|ما يربو على|يربو على|ما يفوق|يفوق|"
                  r"تجاوز|يتجاوز|تتجاوز|تجاوزت|تخطي|يتخطي|فوق|ما يتجاوز|اكثر من|لما يزيد عن|لاكثر من"),
    ("up_to", r"ما يصل الي|ما قد يصل الي|يصل الي|تصل الي|حتي"),
    ("less_than", r"اقل من|ما دون|دون|ما يقل عن|يقل عن"),
]
_HEDGE_RE = re.compile(
    r"(?:^|[\s(،,:\"“«])(?P<h>(?:[وفبل]|وب|ول|وما|لما)?(?:"
    + "|".join(f"(?P<{q}>{lex.fold(alt)})" for q, alt in _HEDGES) + r"))\s*\(?\s*$")  # ("نحو (90) عائلة")
#: a hedge after the figure, a few words on, in its own clause ("41 شخصا، نصفهم تقريبا": the hedge is the share's)
_AFTER_HEDGE = [(re.compile(r"^\s*(?:[^\s،,.؛;:]+\s+){0,2}?(?:تقريبا)(?=\s|$|[،,.])"), "about"),
                (re.compile(lex.fold(r"^\s*(?:[^\s،,.؛;:]+\s+){0,3}?(?:على الأقل)(?=\s|$|[،,.])")), "at_least"),
                (re.compile(lex.fold(r"^\s*(?:[^\s،,.؛;:]+\s+){0,3}?(?:على أقصى تقدير)(?=\s|$|[،,.])")), "up_to")]
_ATTRIB = {"وفق", "وفقا", "بحسب", "حسب", "قال", "قالت", "افاد", "افادت", "اعلن", "اعلنت", "ذكر", "ذكرت", "اكد",
           "اكدت", "وثق", "وثقت", "احصي", "اوضح", "اوضحت", "كشف", "كشفت", "نقل", "نقلت", "اورد", "اوردت", "صرح",
           "افادة", "تقديرات", "اشارت", "اشار", "نقلا", "طبقا", "اضاف", "اضافت", "قدر", "قدرت", "تقول", "يقول"}
_ATTRIB_STOP = {"عدد", "حصيلة", "ارتفاع", "ان", "انه", "انها", "صادر", "الصادر", "صادرة", "الصادرة", "اسمه", "اسمها", "اسمهم", "هويته", "هويتها", "اليوم", "امس", "في", "عن", "الي", "علي", "الذي", "التي", "مع", "بان",
                "بانه", "فان", "حيث", "بعد", "قبل", "خلال", "منذ", "ما", "لا", "من", "يوم", "صباح", "مساء", "و"}
#: Pronouns right after a verb of saying that refer to what was said (folded): "أفاد به", "أعلنت فيه".
_ATTRIB_FILLER = {"به", "بها", "فيه", "فيها", "عنه", "عنها"}
_NEAR_SKIP = {"بحياة", "حياة", "عن", "الي", "ب", "من", "علي", "ما", "بلغ", "بلغت", "حوالي", "نحو", "هو", "هي",
              "الان", "ايضا", "قد", "منهم", "منهن", "منها", "خلالها", "خلاله", "خلالهما"}
#: taking refuge (folded): "لجأ 400 شخص إلى ..."; where to says abroad or not (:meth:`_Sentence.refine`)
_REFUGE = {"لجا", "لجاوا", "لجات", "لجوء", "يلجا", "يلجؤون", "يلجاون", "اللجوء"}
#: shelters people take refuge in at home (folded, no article): schools, mosques, relatives
_SHELTERS = {"مركز", "مراكز", "مدرسة", "مدارس", "مسجد", "مساجد", "ملجا", "ملاجئ", "كنيسة", "كنائس", "اقارب",
             "اقاربهم", "ايواء", "مبان", "مباني", "مبني", "منشات", "منشاة", "اماكن"}
#: places at home people take refuge in (folded, no article): towns, villages, the hills
_HOME_PLACES = {"محيط", "بلدة", "بلدات", "مدينة", "مدن", "قرية", "قري", "مناطق", "منطقة", "احياء", "جبال", "ريف",
                "غابات", "العراء", "عراء", "وديان"}
#: adverbs of time between a verb and its figure (folded): "وأُفرج لاحقاً عن 12 منهم"
_TIME_ADVERBS = {"لاحقا", "مؤخرا", "سابقا", "تباعا"}
#: "still", before one person who is missing or wounded ("لا يزال رجل مفقوداً")
_STILL = {"يزال", "تزال", "زال", "زالت", "يزالون"}
_NEW_PART = {"بين", "وبين", "ومن", "فيما", "بينما", "في حين", "كما", "حيث", "وكذلك"}
#: diseases: a "إصابة" beside them is an infection (folded)
_DISEASE = {"الكوليرا", "بالكوليرا", "كوليرا", "الحصبة", "بالحصبة", "وباء", "الوباء", "كورونا", "بكورونا", "كوفيد",
            "الملاريا", "بالملاريا", "الاسهال", "بالاسهال", "الدفتيريا", "بالدفتيريا", "بسوء"}  # بسوء التغذية
#: freeing, before people who were held (folded): "تحرير مختطفين"
_FREEING = {"تحرير", "تحريرهم"}
#: verbs of freeing (folded), a verb and its subject before the figure: "حررت القوات 9 رهائن"
_FREEING_VERBS = {"حرر", "حررت", "حرروا", "يحرر", "تحرر", "يحررون", "حررتهم"}
#: Plural time nouns before "الـ" and a number (folded): "الساعات الـ12".
_TIME_PLURALS = {"الساعات", "الايام", "الاسابيع", "الاشهر", "الشهور", "السنوات", "الدقائق"}
#: a day, week or month counted with the article's tatweel: "لليوم الـ277 على التوالي" (the 277th day)
_TIME_ORDINALS = {"اليوم", "لليوم", "الاسبوع", "للاسبوع", "الشهر", "للشهر", "العام", "للعام", "يومها", "يومه"}
#: Prepositions that put people in a site (folded): في, داخل.
_SITE_PREPOSITIONS = {"في", "داخل", "بداخل", "علي"}
#: Sites (folded, without the article): camps, shelters, collective centres, schools, hospitals, prisons and
#: places of detention, tents, villages.
_SITE_NOUNS = {"مخيم", "مخيمات", "ملجا", "ملاجئ", "مراكز", "مركز", "مدرسة", "مدارس", "مستشفي", "مستشفيات",
               "سجن", "سجون", "معتقل", "معتقلات", "خيام", "خيمة", "قرية", "قري", "مخيمي", "ملاجيء"}
#: Nouns of a toll (folded): "بقية الحصيلة".
#: Singular nouns of things that may be one item of a tally after بينها (folded spellings).
_ONE_THING_WORDS = {"دبابة", "دبابه", "عربة", "عربه", "الية", "اليه", "مدرعة", "مدرعه", "طائرة", "طائره", "مسيرة",
                    "مسيره", "سيارة", "سياره", "شاحنة", "شاحنه", "راجمة", "راجمه", "مروحية", "مروحيه", "مدفع",
                    "صاروخ", "زورق", "سفينة", "سفينه", "مركبة", "مركبه"}
#: Units of things (the singular and dual items of a tally of things).
_THING_UNITS = {"vehicles", "aircraft", "weapons", "items", "sites", "strikes", "rounds"}
#: "in addition to" (before الى): the figure after it adds to the one before.
_IN_ADDITION = {"بالاضافة", "اضافة", "بالاضافه", "اضافه"}
#: Words of a duration after a number ("الـ48 ساعة الماضية", "3 أيام").
_DURATION_WORDS = {"ساعة", "ساعات", "يوم", "ايام", "اسبوع", "اسابيع", "شهر", "اشهر", "شهور"}
#: "made up of" before the size of a family or group (not a crew that was held: "طاقمها المؤلف من 25 بحارا").
_MADE_UP_OF = {"مؤلفة", "المؤلفة", "مكونة", "المكونة", "مؤلف", "المؤلف", "مكون", "المكون"}
#: Words of sharing out: before the people a table is about ("توزيع النازحين حسب البلدية") they break it down.
#: Rescuing (folded): the people rescued are no casualty, unless their own verb says they were hurt.
_RESCUED = frozenset(lex.RESCUE_FORMS.split("|"))
_SHARED_OUT = {"توزيع", "توزع", "توزعت", "توزعوا", "يتوزعون"}
#: Verbs of arriving, before the figure of those who arrived ("وصل 500 شخص إلى ...").
_ARRIVE_VERBS = {"وصل", "وصلت", "يصل", "تصل", "وصول", "يصلون", "وصلوا", "ووصل", "ووصلت"}
#: One body (folded), counted when a verb of recovering or finding it comes just before.
_ONE_BODY = {lex.fold(w) for w in ("جثة", "جثمان", "جثه")}
#: Bodies (folded), as a word between a breakdown word and its part's figure: "بينها جثتا طفلين".
_BODIES = _ONE_BODY | {lex.fold(w) for w in ("جثث", "جثتا", "جثتي", "جثتين", "جثتان", "جثامين", "جثمانا", "جثماني")}
_RECOVERING = {lex.fold(w) for w in ("انتشل", "انتشلت", "انتشلوا", "انتشال", "عثر", "عثرت", "عثروا", "العثور",
                                     "وجد", "وجدت", "وجدوا", "تسلم", "تسلمت", "استلم", "استلمت", "نقل", "نقلت")}
_TOLL_NOUNS = {"حصيلة", "الحصيلة", "حصيله", "الحصيله"}
#: Arms and munitions (folded, no article): what a force finds in a raid is seized.
_ARMS_WORDS = {lex.fold(w) for w in ("أسلحة", "اسلحة", "ذخائر", "ذخيرة", "متفجرات", "أعتدة", "اعتدة", "عتاد", "مواد")}
#: Metrics of harm.
_HARM = {"killed", "wounded", "casualties"}
#: Prisoners (folded): "السجناء الفارين" escaped, not fled.
_PRISONERS = {"السجناء", "سجناء", "المعتقلين", "معتقلين", "المحتجزين", "محتجزين", "السجين"}
#: "lost" (folded): "وفقد 30 مهاجرا", "فقدت قواتها اثنين من مقاتليها".
_LOST_VERBS = {"فقد", "فقدت", "فقدوا", "يفقد", "تفقد", "يفقدوا"}
#: "Only" between a negated verb and its figure (folded): "لم يفقد سوى 4 من مقاتليه" (lost only four).
_ONLY_WORDS = {"سوي", "الا"}
#: Lives lost: "فقد 3774 منهم حياتهم" (folded).
_LIVES = {"حياتهم", "حياته", "حياتها", "ارواحهم", "ارواحها", "روحه"}
#: A force's own people: "فقد ثلاثة من جنوده" (folded, with the possessive).
_OWN_FORCES = {"جنوده", "جنودها", "عناصره", "عناصرها", "مقاتليه", "مقاتليها", "افراده", "افرادها", "رجاله",
               "مقاتلينا", "عناصرنا",
               "ضباطه", "عسكرييه", "جنودنا", "عناصرنا", "مقاتلينا"}
#: "others" after a figure (folded): counted like the figure before.
_OTHERS = {"اخرين", "الاخرين", "اخرون", "الاخرون"}
#: Words after a figure that do not count toward the reach of a cue after it (folded): a hedge, "of".
_FREE_WORDS = {"علي", "الاقل", "تقريبا", "من",
               # "ما زالوا في عداد المفقودين": still, and "in the number of", before the cue
               "ما", "لا", "زال", "زالوا", "زالت", "يزال", "يزالون", "تزال", "عداد", "قيد"}
#: "البالغ عددهم": whose number amounts to (folded).
_AMOUNTING = {"البالغ", "البالغة", "البالغين"}
#: Words that open an aside after a comma: "، أي ..."; "، البالغ عددهم ..." (folded).
_ASIDE_OPEN = {"اي", "البالغ", "البالغة", "البالغين", "جلهم", "غالبيتهم", "اغلبهم",
               # a share of them: "، أكثر من نصفهم من الأطفال،"
               "اكثر", "نصفهم", "ثلثهم", "ربعهم", "ثلثاهم"}
#: the number word two, which may only repeat a dual before it (folded)
_TWO = {"اثنان", "اثنين", "اثنتان", "اثنتين"}
#: words of damage right before a figure: the things were damaged, not destroyed (folded)
_DAMAGED = {"تضرر", "تضررت", "تضرري", "اضرار", "متضرر", "متضررة"}
_RETURNING = {"عائدين", "عائدون", "للعودة", "عائدا", "عائدة"}
_EXCEED = {"تجاوز", "تجاوزت", "يتجاوز", "تتجاوز", "تخطي", "تخطت", "يتخطي", "فاق", "فاقت", "يفوق", "تفوق",
           "جاوز", "جاوزت"}
_QUOTES = {"\"", "“", "”", "«", "»", "'"}
_PREPOSITIONS = {"في", "خلال", "منذ", "اثناء", "قرب", "داخل", "بعد", "قبل", "ضد", "مع", "لدي"}
_FRAME = {"عدد", "اعداد", "حصيلة", "الحصيلة", "حصيله", "اجمالي", "الاجمالي", "العدد"}
#: camps, whose names may end in a number ("مخيم الجدعة 5", "معسكر 3"): not a count
_CAMP_NAMES = {"مخيم", "مخيمي", "معسكر"}
#: camps where the displaced stay ("مخيمات النزوح", "يضم المخيم"), no article; not "معسكر", mostly a military camp
_CAMP_WORDS = {"مخيم", "مخيمات", "مخيمي", "مخيمين", "خيام"}
#: marks that open a line of a list
_BULLETS = {"-", "\u2022", "*", "\u2013", "\u2014", "\u25aa", "\u25cf"}
#: verbs of forcing people to do something: "اضطرت ... إلى النزوح", "أجبر ... على الفرار"
_FORCED = {"اضطر", "اضطرت", "اضطروا", "يضطر", "تضطر", "اجبر", "اجبرت", "اجبروا", "يجبر", "تجبر", "ارغم", "ارغمت",
           "اجبار", "ارغام", "دفع", "دفعت"}
#: negations before a verb of exceeding: "لم تتجاوز 11" is at most 11
_NEGATIONS = {"لم", "لا", "لن", "ما", "ولم", "ولا", "ولن"}
#: a force's losses before a figure of its people: killed and wounded, not said which ("خسائرها لم تتجاوز 11 مقاتلا")
_LOSSES = {"خسائر", "الخسائر", "خسائره", "خسائرها", "خسائرهم", "خسائرنا"}
_INTERNAL = {"داخليا", "الداخلي", "داخلي", "يحتمون", "يحتمي", "يقيمون", "يعيشون", "ملاجئ", "الايواء", "ايواء",
             "داخلها", "داخل", "تقيم", "يقيم", "تستضيف", "يستضيف", "تؤوي", "يؤوي"}
#: verbs of staying somewhere, right before the people who stay (folded): "تقيم 90 عائلة في مدرستين"
_STAYING = {"تقيم", "يقيم", "يقيمون", "تعيش", "يعيش", "يعيشون", "تحتمي", "يحتمي", "يحتمون", "تسكن", "يسكن", "يسكنون",
            "تمكث", "يمكث", "يمكثون"}
#: words before a return that say it has not happened (folded): "من العودة" (kept from it), "لم تعد", "دون", "عن"
_NOT_YET_BACK = {"من", "لم", "لا", "لن", "دون", "عن", "قبل"}
#: "the year", "a year" (folded): before a number they name a year, unless a noun of harm follows it
_YEAR_WORDS = {"العام", "عام", "السنة", "سنة"}
_ABROAD = {"الخارج", "الجوار", "المجاورة", "خارج"}
#: countries, before "neighbouring" (folded, no article): "الدول المجاورة", "دول الجوار"
_COUNTRY_WORDS = {"دول", "بلدان", "دولة", "بلد"}
#: verbs that say what a person did or where they lived, before a place (folded): "ممرضاً يعمل في"
_DESCRIBING_VERBS = {"يعمل", "تعمل", "يقيم", "تقيم", "يسكن", "تسكن", "يعيش", "تعيش", "كان", "كانت"}
#: لقي (met his end), a verb that begins like a preposition (folded)
_LAQIYA = {"لقي", "لقيت", "لقوا"}
#: verbal nouns of a killing before one named person (folded)
_KILLING_NOUNS = {"مقتل", "مصرع"}
#: went back, after held people (folded): "887 محتجزاً عادوا إلى ديارهم"
_WENT_HOME = {"عادوا", "عاد", "عادت", "رجعوا"}
#: "each" before a noun (folded): "لكل محتجز" is no one in particular
_EACH = {"كل", "لكل", "بكل"}
#: orders and notices before a verbal noun of destruction (folded): "إخطارات بهدم", "قرار بهدم"
_ORDERS = {"اخطار", "اخطارات", "قرار", "قرارات", "امر", "اوامر", "اخطارا", "تهديد", "تهديدات", "مذكرة", "مذكرات"}
#: the start of a force's name before a verb it did (folded): "قواتها فقدت", "الجيش فقد"
_FORCES = ("قوات", "الجيش", "الحركة", "الميليشيا", "التنظيم", "الفصيل", "الفصائل", "الوحدات", "الكتيبة", "اللواء")
#: "without" before a verbal noun (folded): "بلا وصول" is no arrival
_WITHOUT = {"بلا", "دون", "بدون", "عدم"}
#: verbs of keeping someone from a thing: "حرمت الألغام آلاف النازحين من العودة", "منعوا من العودة" (no one returned)
_KEPT_FROM = {lex.fold(w) for w in ("حرم", "حرمت", "حرموا", "يحرم", "تحرم", "منع", "منعت", "منعوا", "يمنع", "تمنع",
                                    "يمنعون", "حال", "حالت", "تحول", "يحول")}
#: words after "فقدنا" (we lost) that make it lost touch, not a death: "فقدنا الاتصال بثلاثة من زملائنا"
_LOST_TOUCH = {lex.fold(w) for w in ("الاتصال", "التواصل", "الاثر", "اثر")}
#: "one" after a singular person noun: "مدني واحد", "طفلة واحدة" (the noun is counted, once)
_ONE_AFTER = {lex.fold(w) for w in ("واحد", "واحدا", "واحدة")}
#: operations and teams (folded): a cue after them names their work ("عمليات الإجلاء", "فرق الإنقاذ")
_OPERATIONS = {"عمليات", "عملية", "عمليتي", "فرق", "فريق", "طواقم", "فرقه"}
#: words of a rate's time after a figure (folded): "بمعدل أربعة أطفال يومياً"
_PER_TIME = {"يوميا", "يومي", "اسبوعيا", "شهريا", "سنويا", "باليوم", "يوم", "اليوم", "ساعة"}
#: Definite number words after a possessed plural (folded): "أطفاله الثلاثة" (his three children).
#: (the number words of three to ten, with the article)
_DEFINITE_NUMBERS = {"ال" + word: value for word, value in {**ONES, **TEN}.items() if 3 <= value <= 10}
#: Possessive endings of a noun (folded), longest first: "أطفالهم", "أطفالها", "أطفاله".
_POSSESSIVE_ENDINGS = ("هما", "هم", "هن", "ها", "ه")
#: Verbs of receiving aid after the people counted (folded): "تسلموا طروداً غذائية", "تلقت حقائب".
_RECEIVED = {lex.fold(w) for w in ("تسلموا", "تسلمت", "تسلم", "استلموا", "استلمت", "تلقوا", "تلقت", "تلقى", "حصلوا",
                                   "حصلت", "استفادوا", "استفادت")}
#: People held, after the people counted (folded): "مهاجر ولاجئ محتجزون في مراكز إيواء".
_HELD_WORDS = {lex.fold(w) for w in ("محتجزون", "محتجزين", "محتجزة")}
#: Migrants (folded), who may be held in detention centres.
_MIGRANT_NOUNS = {lex.fold(w) for w in ("مهاجر", "مهاجرا", "مهاجرين", "مهاجرون", "المهاجرين")}
#: Words of comprising (folded): "أسرة تضم 3615 فرداً".
_COMPRISING = {lex.fold(w) for w in ("تضم", "يضم", "تضمان", "يضمون", "تضمّ", "قوامها", "تشمل")}
#: Words of being unable (folded), before عن/على/من and a return: "عاجزين عن العودة".
_UNABLE = {lex.fold(w) for w in ("عاجزين", "عاجزون", "عاجزة", "عاجز", "قادرين", "قادرة", "قادر", "يتمكنوا",
                                 "يتمكن", "تتمكن")}
#: Verbs of meeting again (folded): "بأسرهم" after them is "with their families".
_REUNITING = {"يجتمع", "يجتمعون", "اجتمع", "اجتمعوا", "تجتمع", "يلتقي", "يلتقون", "التقي", "التقوا", "يلتئم", "التام",
              "شمل", "لم"}
#: Singular place words after من (folded, no article): where from, not what is counted ("38 من محافظة خان يونس").
_FROM_PLACE = {lex.fold(w) for w in (  # folded, as the words compared with them are ("قرى" is written "قري")
    "محافظة", "مدينة", "بلدة", "قرية", "منطقة", "حي", "مخيم", "ولاية", "مديرية", "ريف", "قضاء", "ناحية",
    # and their plurals: "و12 ألفاً و400 من مخيمات النزوح" came from the camps
    "محافظات", "مدن", "بلدات", "قرى", "مناطق", "أحياء", "مخيمات", "ولايات", "مديريات", "بلدان", "دول")}
#: aid (folded): "مساعدات نقدية لـ2,400 أسرة" says whom it reached
_AID_NOUNS = {"مساعدات", "مساعدة", "معونات", "حصص", "سلال", "طرود", "مواد", "اغاثة", "منح", "منحا", "قسائم",
              "تكاليف", "نفقات"}  # (and costs met: "غطت تكاليف النقل لنحو ثلاثة آلاف أسرة")
#: injuries counted as such (folded), which "منها" (of them) takes up: "23 إصابة ... حالة ثلاث منها خطيرة"
_INJURY_NOUNS = {"اصابة", "اصابات", "الاصابات", "حالة", "حالات"}
#: securing or easing someone's way out (folded): "أمّنت خروج 1200 عائلة"
_SECURED = {lex.fold(w) for w in ("أمّنت", "أمن", "تأمين", "سهلت", "تسهيل", "يسرت", "أمنوا")}
#: helping people (folded): "ساعدت المنظمة نحو 40 ألف عائد"
_HELPED = {"ساعد", "ساعدت", "ساعدوا", "يساعد", "تساعد", "ساعدنا"}
#: places of safety people are taken to (folded): "إلى أماكن آمنة", "إلى مناطق أكثر أمناً"
_SAFE_PLACES = {"اماكن", "مناطق", "مكان", "منطقة", "مواقع"}
#: benefiting from aid (folded): "استفاد منها 22 ألف نازح"
_BENEFITED = {"استفاد", "استفادت", "يستفيد", "تستفيد", "يستفيدون", "استفادوا", "سيستفيد"}
#: giving out to people (folded): "وزعت حصصاً غذائية على 2,100 أسرة نازحة" says whom aid reached
_HANDING_OUT = {"وزع", "وزعت", "وزعوا", "توزيع", "يوزع", "توزع", "قدم", "قدمت", "تقديم", "سلم", "سلمت", "تسليم"}
#: words between بحياة and the figure (folded): "بحياة نحو 30"
_HEDGE_GLUE = {"نحو", "حوالي", "قرابة", "زهاء", "اكثر", "ما"}
_PEOPLE_UNITS = {"people", "civilians", "children", "women", "men", "fighters", "soldiers", "households"}
#: verbs that go on with the last speaker's words (وأضاف أن, وتابع, وأوضحت): no name of their own
_CONTINUE = {"اضاف", "اضافت", "تابع", "تابعت", "تابعوا", "تقول", "يقول", "مضيفا", "مضيفة", "موضحا", "موضحة",
             "مشيرا", "مشيرة", "واضاف", "تضيف", "يضيف"}
_WEEKDAYS = {"الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعة", "السبت"}
#: words that go on a time phrase after منذ/خلال (the numbers, months and durations too)
_TIME_WORDS = {"الماضي", "الماضية", "الاخيرة", "الاخير", "الجاري", "الحالي", "الحالية", "بداية", "مطلع", "منتصف",
               "نهاية", "اواخر", "اوائل", "بدء", "اندلاع", "الحرب", "النزاع", "الثورة", "الازمة", "الصراع",
               "الاحتجاجات", "العدوان", "الهجوم", "العملية", "العمليات", "الحملة", "التصعيد", "المعارك",
               "القتال", "الاشتباكات", "العام", "الشهر", "الاسبوع", "الفترة", "الليلة", "الليل", "صباح", "مساء",
               "من", "الاول", "الثاني", "الثالث", "الايام", "الساعات", "الاسابيع", "الاشهر", "الشهور", "السنوات",
               "الاعوام", "عامين", "يومين", "ساعة", "ساعات", "سنوات", "اكثر", "نحو", "حوالي", "قرابة", "فقط",
               "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر", "الحادي", "عشر", "العشرين",
               "والعشرين", "الثلاثين", "والثلاثين",
               "وحده", "حتي", "الان", "السوري", "السورية", "الاهلية", "العسكرية", "الاسرائيلي", "الاسرائيلية"}
_PERIOD_START = {"منذ", "خلال", "اليوم", "امس", "مطلع", "بداية", "نهاية", "الاسبوع", "الشهر", "العام", "طيلة",
                 "طوال"}
#: words that may open a date or a day (في 15 آذار 2012, في عام 2016, يوم الخميس, الخميس الماضي): read by
#: :meth:`_Sentence._date_end`, a period only when a date or day follows
_DATE_START = {"في", "يوم", "عام", "سنة"} | _WEEKDAYS
_LAST = {"الماضي", "الفائت", "المنصرم"}
#: ordinal units before عشر in a day of the month (الحادي عشر, الخامس عشر)
_ORDINAL_UNITS = {"الحادي", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"} | {
    lex.fold(w) for w in ("الحادية", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة",
                          "التاسعة")}  # and the feminine: "دون سن الثامنة عشرة" (under eighteen)
#: ordinal days of the month (السابع من أكتوبر, الحادي والعشرين من آذار) and what follows their unit
_ORDINAL_DAYS = _ORDINAL_UNITS | {"الاول", "العاشر", "العشرين", "الثلاثين"}
_ORDINAL_TEENS = {"عشر", "والعشرين", "والثلاثين"}


for _set in (_WEEKDAYS, _LAST, _DATE_START, _ORDINAL_UNITS, _ORDINAL_DAYS, _ORDINAL_TEENS, _TIME_WORDS, _EXCEED, _CONTINUE, _PREPOSITIONS, _BREAKDOWN, _TOLL, _ATTRIB, _ATTRIB_STOP, _PERIOD_START, _NEAR_SKIP, _NEW_PART, _FRAME, _LOSSES, _FORCED, _CAMP_NAMES, _CAMP_WORDS, _STILL, _INTERNAL,
             _ABROAD):
    _folded = {lex.fold(w) for w in _set}
    _set.clear()
    _set.update(_folded)


def _sentences(toks: list[Token], folded: str) -> Iterator[tuple[int, int]]:
    """Token ranges ``[a, b)`` of sentences: cut after . ! ? ؟ and at line ends."""
    a = 0
    for i, t in enumerate(toks):
        if t.kind == "punct" and t.text in _SENTENCE_END and not (t.text == "." and _in_leader(folded, t.start)):
            # (a run of four dots or more is a leader between a label and its figure, no full stop)
            yield a, i + 1
            a = i + 1
        elif i + 1 < len(toks) and "\n" in folded[t.end:toks[i + 1].start]:
            yield a, i + 1
            a = i + 1
    if a < len(toks):
        yield a, len(toks)


def _in_leader(folded: str, pos: int) -> bool:
    """Whether the dot at ``pos`` is part of a run of four dots or more (dot leaders, not ".." or an ellipsis)."""
    start, end = pos, pos + 1
    while start and folded[start - 1] == ".":
        start -= 1
    while end < len(folded) and folded[end] == ".":
        end += 1
    return end - start >= 4


class _Figure:
    """A figure found in a sentence: token span, reading and how it was found."""

    __slots__ = ("first", "last", "value", "vague", "kind", "unit", "unit_tok", "metric", "qualifier", "low",
                 "high", "hedge_tok", "breakdown", "tail_tok")

    def __init__(self, first: int, last: int, value: float, vague: bool, kind: str) -> None:
        self.first, self.last, self.value, self.vague, self.kind = first, last, value, vague, kind
        self.unit = ""
        self.unit_tok = -1
        self.metric: str | None = None
        self.qualifier = "approx_word" if vague else "exact"
        self.low: float | None = None
        self.high: float | None = None
        self.hedge_tok = first
        self.breakdown = False  # a part of the figure before it (after بينهم, منهم, ...)
        self.tail_tok = -1  # the last token of a hedge after the number ("على الأقل"), part of the span


class _Sentence:
    """One sentence of an Arabic text and the figures in it."""

    def __init__(self, text: str, folded: str, offs: list[int], toks: list[Token], a: int, b: int) -> None:
        self.text, self.folded, self.offs, self.toks, self.a, self.b = text, folded, offs, toks, a, b
        self.start, self.end = offs[toks[a].start], offs[toks[b - 1].end - 1] + 1  # the sentence in ``text``
        self.non_counts: set[int] = set()  # tokens of numbers set aside as dates, ages, measures
        self._places: list | None = None  # the sentence's places, found on first use (arabic_places)
        self._disease: bool | None = None  # whether the sentence names a disease, found on first use
        self._evacuating: bool | None = None  # whether the sentence tells of buses or an evacuation, found on first use
        self.figure_starts: set[int] = set()  # the first token of each figure's hedge or number, once hedges are read

    def word(self, i: int) -> str:
        """The folded word at token ``i`` ("" for punctuation, numbers or outside the sentence)."""
        if self.a <= i < self.b and self.toks[i].kind == "word":
            return self.toks[i].text
        return ""

    def punct(self, i: int) -> bool:
        return self.a <= i < self.b and self.toks[i].kind == "punct"

    def _evacuation(self) -> bool:
        """Whether the sentence tells of buses, convoys or an evacuation (:data:`_EVACUATION`), read once."""
        if self._evacuating is None:
            self._evacuating = any(lex.strip_article(strip_conj(t.text)) in _EVACUATION
                                   for t in self.toks[self.a:self.b] if t.kind == "word")
        return self._evacuating

    def _names_disease(self) -> bool:
        """Whether the sentence names a disease (:data:`_DISEASE`), read once: a "إصابة" beside one is an
        infection."""
        if self._disease is None:
            self._disease = any(strip_conj(t.text) in _DISEASE or t.text in _DISEASE
                                for t in self.toks[self.a:self.b] if t.kind == "word")
        return self._disease

    # -- numbers ---------------------------------------------------------------------------------------

    def figures(self) -> list[_Figure]:
        found: list[_Figure] = []
        i = self.a
        while i < self.b:
            t = self.toks[i]
            np: NumberPhrase | None = None
            if t.kind in ("num", "word"):
                try:
                    np = read_number(self.toks, i)
                except (ValueError, IndexError):
                    np = None
            if np is not None and np.last < self.b and np.words and np.value == 2 and np.last == i and i > self.a \
                    and (lex.dual(self.toks[i - 1].text) or lex.person(self.toks[i - 1].text)
                         or lex.metric_noun(self.toks[i - 1].text)) \
                    and strip_conj(t.text) in _TWO:
                # "مدنيان اثنان", "مواطنين اثنين": the number word repeats the dual noun before it
                if not (found and found[-1].last == i - 1):
                    f = _Figure(i - 1, i, 2.0, False, "dual")
                    f.unit = lex.dual(self.toks[i - 1].text) or lex.person(self.toks[i - 1].text) or "people"
                    f.unit_tok = i - 1
                    found.append(f)
                else:
                    found[-1].last = i
                i += 1
                continue
            if np is not None and np.last < self.b:
                if not (np.words and np.value == 1 and not np.vague):
                    found.append(_Figure(i, np.last, float(np.value), np.vague, "words" if np.words else "digits"))
                elif np.last == i and (unit := self._one_of(i)) is not None:
                    f = _Figure(i, i + 1, 1.0, False, "singular")  # "مقتل أحد عسكرييه": one of its soldiers
                    f.unit, f.unit_tok = unit, i + 1
                    i += 1
                    found.append(f)
                i = np.last + 1
                continue
            if t.kind == "word" and t.text in _DEFINITE_NUMBERS and (unit := self._possessed_people(i - 1)
                                                                     or self._definite_people(i - 1)):
                # "بينهم أب وأطفاله الأربعة": his four children; "قتلت المهاجمين الخمسة": the five attackers
                f = _Figure(i, i, float(_DEFINITE_NUMBERS[t.text]), False, "words")
                f.unit, f.unit_tok = unit, i - 1
                found.append(f)
                i += 1
                continue
            if t.kind == "word":
                unit = lex.dual(t.text)
                if not unit and lex.nisba_dual(t.text) and (lex.cue(self.word(i - 1)) or lex.cue(self.word(i + 1))
                                                            or self.word(i - 1) in ("بينهم", "منهم")) \
                        and not (found and found[-1].last == i - 1):  # "جنديان تركيان": an adjective
                    unit = "people"  # "استشهد فلسطينيان", "بينهم سوريان": two people named by their nationality
                    if self.word(i - 1) in ("بينهم", "منهم") and found \
                            and (whole := lex.person(self.word(found[-1].last + 1))):
                        unit = whole  # "وأسر تسعة عناصر بينهم أجنبيان": two of the fighters
                if not unit and (lex.cue(self.word(i - 1)) or strip_conj(self.word(i - 1)) in _BREAKDOWN
                                 # "دمّر القصف منزلين": the verb, its subject, then the dual it befell
                                 or (lex.cue(self.word(i - 2)) and self.word(i - 1).startswith("ال")
                                     and not self.punct(i - 1))
                                 # "أسقطت الدفاعات الجوية طائرتين", "واستولت القوات على دبابتين"
                                 or (t.text.endswith(("ين", "ان")) and self._seized_or_destroyed_before(i, found))
                                 or (i - 1 >= self.a and i - 1 == self.a and self.toks[i - 1].text in _BULLETS)) \
                        and not (found and found[-1].last == i - 1):
                    # "أسقطت طائرتين مسيرتين": two aircraft; "بينها رشاشان"; "- دبابتين وعربة" under "دمرت:"
                    unit = lex.thing_dual(t.text)
                if not unit and found and found[-1].last == i - 1 and found[-1].kind in ("singular", "dual") \
                        and t.text.startswith("و") and found[-1].unit in _THING_UNITS:
                    unit = lex.thing_dual(t.text)  # "بينها دبابة وعربتان مدرعتان": the next item, a dual of things
                if not unit and found and t.text.startswith("و") and found[-1].kind in ("digits", "words") \
                        and 2 <= i - found[-1].last <= 6 and lex.thing(strip_conj(self.word(found[-1].last + 1))) \
                        is not None and not any(self.punct(k) or lex.cue(self.word(k)) not in (None, "other")
                                                for k in range(found[-1].last + 1, i)):
                    # "تدمير (4) مضافات وعجلتين", "ضبط 3 أحزمة ناسفة وبندقيتين", "دمّرت ٦ عربات مزودة برشاشات ثقيلة
                    # ودبابتين": the next item, a dual of things
                    unit = lex.thing_dual(t.text)
                if not unit and found and found[-1].kind in ("digits", "words") and i - found[-1].last <= 8 \
                        and self.word(i - 1) in ("الي", "الى") and strip_conj(self.word(i - 2)) in ("اضافه", "اضافة", "بالاضافة", "بالاضافه") \
                        and lex.thing(strip_conj(self.word(found[-1].last + 1))) is not None:
                    unit = lex.thing_dual(t.text)  # "دمرت 6 سيارات ... إضافة إلى شاحنتين": the next item, two things
                if unit and not self._dual_named(i):
                    f = _Figure(i, i, 2.0, False, "dual")
                    f.unit, f.unit_tok = unit, i
                    found.append(f)
                elif (thing_unit := self._one_thing(i, found)) is not None:
                    f = _Figure(i, i, 1.0, False, "singular")  # "دمرت 9 آليات، بينها دبابة": one tank of the tally
                    f.unit, f.unit_tok = thing_unit, i
                    found.append(f)
                elif self._singular(i, found):
                    one = i + 1 if i + 1 < self.b and self.word(i + 1) in _ONE_AFTER else i
                    f = _Figure(i, one, 1.0, False, "singular")
                    f.unit, f.unit_tok = lex.SINGULAR_PERSONS[self._singular_base(t.text)], i
                    found.append(f)
                elif strip_conj(t.text) in _ONE_BODY and not (found and found[-1].last == i - 1) \
                        and any(strip_conj(self.word(j)) in _RECOVERING for j in range(max(self.a, i - 5), i)):
                    f = _Figure(i, i, 1.0, False, "singular")  # "انتشلت الفرق جثة رجل مسن": one body
                    f.unit, f.unit_tok = "body", i
                    found.append(f)
                elif (person_unit := self._named_definite(i)) is not None:
                    f = _Figure(i, i, 1.0, False, "singular")  # "استشهد الطبيب سامر أبو حطب": one named person
                    f.unit, f.unit_tok = person_unit, i
                    found.append(f)
            i += 1
        return found

    def _possessed_people(self, i: int) -> str | None:
        """The people a plural noun with a possessive ending at token ``i`` names ("وأطفالها", "أبناؤه"), or
        None."""
        w = strip_conj(self.word(i))
        for ending in _POSSESSIVE_ENDINGS:
            if w.endswith(ending) and len(w) > len(ending) + 2:
                base = w[:-len(ending)]
                unit = lex.person(base) or lex.person(base.replace("ؤ", "ء").replace("ئ", "ء"))
                if unit:
                    return unit
        return None

    def _became(self, f: _Figure) -> str | None:
        """The metric of what the figure's cases turned into, right after its noun ("تحولت إلى حالات اختفاء
        قسري"), or None."""
        j = max(f.last, f.unit_tok) + 1
        if self.word(j) == "من":  # past "من حالات الاعتقال", the cases it is a part of
            j = next((k for k in range(j + 1, min(self.b, j + 4)) if strip_conj(self.word(k)) in _TURNED), j)
        if self.word(j) == "في" and not lex.cue(self.word(j + 1)):
            j = next((k for k in range(j + 2, min(self.b, j + 5)) if strip_conj(self.word(k)) in _BECAME), j)
        if strip_conj(self.word(j)) in _BECAME and lex.metric_noun(self.word(j + 1)) \
                and (cue := lex.cue(self.word(j + 1))) in PEOPLE_METRICS:
            if cue == "displaced" and strip_conj(self.word(j + 2)) in _INTERNAL:
                return "idps"
            return cue  # "1.7 مليون شخص في قطاع غزة أصبحوا نازحين داخلياً": what they became
        if strip_conj(self.word(j)) not in _TURNED or self.word(j + 1) not in ("الي", "الى"):
            return None
        for k in range(j + 2, min(self.b, j + 4)):
            if (cue := lex.cue(self.word(k))) is not None:
                return cue
        return None

    def _living_in_camps(self, j: int) -> bool:
        """Whether a verb of living in camps or shelters follows at token ``j``, past "من أبناء/سكان X" at most:
        "يقيمون في مخيمات النزوح", "من أهالي المدينة يعيشون في مراكز الإيواء"."""
        if strip_conj(self.word(j)) == "من" and strip_conj(self.word(j + 1)) in _NATIVES:
            j += 3 if self.word(j + 2) else 2  # past "من أبناء الرقة"
        if strip_conj(self.word(j)) not in _LIVING or self.word(j + 1) != "في":
            return False
        place = lex.strip_article(strip_conj(self.word(j + 2)))
        return place in _CAMP_WORDS or place in _SHELTERS

    def _definite_people(self, i: int) -> str | None:
        """The people a definite plural noun at token ``i`` names ("المهاجمين", "والجنود"), or None."""
        w = strip_conj(self.word(i))
        return lex.person(w) if w.startswith("ال") and len(w) > 4 else None

    def _seized_or_destroyed_before(self, i: int, found: list[_Figure]) -> bool:
        """A verb of capture or destruction a few words before token ``i``, past its subject and "على" only (no
        mark, number, figure or other cue between): "وصادرت دورية بحرية زورقين", "واستولت القوات على دبابتين"
        (but not "مسيرتين" of "أسقطت طائرتين تركيتين مسيرتين", an adjective of the figure before)."""
        floor = max(self.a, i - 5, found[-1].last + 1 if found else 0)
        for k in range(i - 1, floor - 1, -1):
            word = self.word(k)
            if not word:
                return False  # a mark or a number
            cue = lex.cue(word)
            if cue is not None:
                return cue in ("destroyed", "captured") and k < i - 1
        return False

    def _dual_named(self, i: int) -> bool:
        """A dual that names two people (ابنيه, a definite dual followed by names) is not read as a count
        only when a number stands right before it ("2 طفلين")."""
        return self.a <= i - 1 and self.toks[i - 1].kind == "num"

    @staticmethod
    def _singular_base(word: str) -> str:
        w = strip_conj(word)
        if w in lex.SINGULAR_PERSONS:
            return w
        if len(w) > 3 and w.endswith("ا") and w[:-1] in lex.SINGULAR_PERSONS:
            return w[:-1]  # the accusative with its tanween alef: "فقتلت طفلاً"
        return word

    def _named_definite(self, i: int) -> str | None:
        """The unit of one person named with the article right after a verb of what befell them ("استشهد الطبيب
        سامر أبو حطب", "اعتقلت القوات الناشط ..."): the definite singular and a name after it, else None."""
        word = strip_conj(self.toks[i].text)
        if not word.startswith("ال") or word[2:] not in lex.SINGULAR_PERSONS or word[2:] in lex.KIN:
            return None
        prev = self.word(i - 1)
        listed = strip_conj(prev) in _LAST_OF_THEM or prev in _BREAKDOWN or strip_conj(prev) in _BREAKDOWN or (
            lex.metric_noun(prev) and lex.cue(prev) in ("killed", "wounded", "detained")
            and strip_conj(self.word(i - 2)) == "بين")  # "آخرهم المسعف محمود", "ومن بين الضحايا الطبيب آدم"
        if not listed and (not prev or (prev.startswith(("م", "ال", "ب", "ل")) and strip_conj(prev) not in _KILLING_NOUNS)
                           or lex.metric_noun(prev) or lex.cue(prev) not in ("killed", "wounded", "detained", "missing")):
            return None  # (but "مقتل الصحفي خالد سعيد": the killing of one named man)
        nxt = self.word(i + 1)  # a name (a word that is no cue, no person noun and no number) after the noun
        if not nxt or self.toks[i + 1].kind != "word" or lex.cue(nxt) or lex.person(nxt) \
                or nxt.startswith(("ال", "في", "من", "علي", "الي")):
            nxt2 = self.word(i + 2)  # or an adjective first: "المسعف المتطوع عبد السلام"
            if not (nxt.startswith("ال") and nxt2 and not nxt2.startswith("ال") and not lex.cue(nxt2)
                    and not lex.person(nxt2) and self.toks[i + 2].kind == "word"):
                return None
        return lex.SINGULAR_PERSONS[word[2:]]

    def _one_thing(self, i: int, found: list[_Figure]) -> str | None:
        """The unit of one thing named right after a breakdown word of things ("بينها دبابة", "منها راجمة") or
        joined by و to a figure of things just before ("ثلاث عربات مدرعة وعربة مصفحة"), else None: one item of a
        tally of things (a singular thing outside a tally is not counted)."""
        word = strip_conj(self.toks[i].text)
        if word not in _ONE_THING_WORDS:
            return None
        if strip_conj(self.word(i - 1)) not in ("بينها", "منها", "ومنها", "وبينها") \
                and self.word(i - 1) not in ("بينها", "منها", "ومنها", "وبينها") \
                and not (self.toks[i].text.startswith("و") and found and found[-1].kind in ("digits", "words")
                         and found[-1].unit_tok < 0 and i - found[-1].last <= 3
                         and lex.thing(strip_conj(self.word(found[-1].last + 1))) is not None
                         and strip_conj(self.word(found[-1].last + 1)) not in _ONE_THING_WORDS  # "34 دبابة ومدرعة": one noun
                         and not any(self.punct(k) for k in range(found[-1].last + 1, i))):
            return None
        return lex.thing(word)

    def _one_of(self, i: int) -> str | None:
        """The unit of "one of" people right after a cue of harm or holding ("مقتل أحد عسكرييه", "إصابة أحد
        عناصر الشرطة"), or None: أحد (not the day, الأحد) and a person noun, possessive endings allowed."""
        if strip_conj(self.toks[i].text) not in ("احد", "احدي"):
            return None
        prev = self.word(i - 1)
        if prev.startswith("ال") and not self.punct(i - 1):
            prev = self.word(i - 2)  # "واعتقلت القوات أحد المدنيين": the verb, its subject, then the one it befell
        verb_after = self.word(i + 2)  # "أحد مسعفيها أصيب بقنبلة غاز": one of them, then the verb of what befell him
        if strip_conj(verb_after) in ("الذي", "التي"):
            verb_after = self.word(i + 3)  # "أحد عناصرها الذي استشهد": past the relative pronoun
        counted_among = verb_after == "في" and self.word(i + 3) == "عداد" \
            and lex.cue(self.word(i + 4)) in ("killed", "missing")  # "أحد المتطوعين في عداد المفقودين"
        if (not prev or lex.cue(prev) not in ("killed", "wounded", "detained", "missing") or lex.metric_noun(prev)) \
                and not (_verb_form(verb_after) and lex.cue(verb_after) in ("killed", "wounded", "detained", "missing")) \
                and not counted_among:
            return None
        nxt = self.word(i + 1)
        for w in (nxt, *(nxt[:-len(e)] for e in ("ه", "ها", "هم", "نا") if nxt.endswith(e) and len(nxt) > len(e) + 2)):
            unit = lex.person(w) or (lex.person(w + "ن") if w.endswith("ي") else None)  # عسكرييه, مسعفيها
            if unit:
                return unit
        return None

    def _singular(self, i: int, found: list[_Figure]) -> bool:
        """A singular person noun counted as 1: after a breakdown word, in a list after another figure, or
        right after a cue of killing or wounding (مقتل شاب)."""
        word = self.toks[i].text
        w = self._singular_base(word)
        if w not in lex.SINGULAR_PERSONS:
            return False
        if (i - 1 >= self.a and self.toks[i - 1].kind == "num") or (
                found and found[-1].last == i - 1 and found[-1].kind in ("digits", "words")):
            return False  # "19 شهيدا", "عشرين شهيدا": the noun of the number before it
        if found and found[-1].last == i - 1 and found[-1].kind == "singular" and word == w + "ا" \
                and self.toks[found[-1].first].text.endswith("ا"):
            return False  # "مسعفاً متطوعاً": a second accusative noun describes the first (a volunteer paramedic)
        nxt = self.word(i + 1)
        if nxt in ("من",) and w in ("عنصر",) and not found:
            return False
        if i + 1 < self.b and self.toks[i + 1].kind == "num":
            return False
        if nxt in _ONE_AFTER and not (found and found[-1].last == i - 1) \
                and not (self.word(i + 2) == "من" and self.word(i + 3) in ("كل", "بين")):
            return True  # "لا يزال مدني واحد في عداد المفقودين": one civilian, said so (not "طفل واحد من كل ثلاثة")
        if i - 2 >= self.a and self.toks[i - 2].kind == "num" and lex.person(self.word(i - 1)) and word != w \
                and w not in lex.KIN and self._singular_base(self.word(i - 1)) in lex.SINGULAR_PERSONS:
            return False  # "110 رجل وشاب": a second noun of the same figure; but "6 نساء وطفل": a child more
        if i - 2 >= self.a and self.toks[i - 2].kind == "num" and word != w and word.endswith("ا") \
                and self.word(i - 1).endswith("ا") and lex.person(self.word(i - 1)[:-1]):
            return False  # "177 قاصراً وطفلاً": two accusative nouns of one figure (11 and more)
        prev = self.word(i - 1)
        if strip_conj(prev) in _EACH:
            return False  # "كل طفل يُقتل أو يُصاب": every child, no one in particular
        if prev in _BREAKDOWN or (strip_conj(prev) in _ALSO and self.word(i - 2) in _BREAKDOWN):
            return True  # "بينهم طفل", "ومن بينهم أيضاً متزعم ميداني"
        if prev and lex.cue(prev) and strip_conj(self.word(i - 2)) == "بين" and word in (w, w + "ا"):
            return True  # "وبين القتلى رجل وزوجته": among the dead
        if strip_conj(prev) in _DAY_WORDS and lex.metric_noun(self.word(i - 2)) \
                and lex.cue(self.word(i - 2)) in ("killed", "wounded") and strip_conj(self.word(i - 3)) == "بين" \
                and word == w:
            return True  # "ومن بين شهداء اليوم ممرض": among today's dead
        if prev and lex.cue(prev) in ("killed", "wounded") and not prev.startswith("ال") \
                and not lex.metric_noun(prev):
            return True
        if word == w and strip_conj(self.word(i - 2)) in _DURING and lex.cue(self.word(i - 3)) in ("killed", "wounded") \
                and not self.word(i - 3).startswith("ال") and not lex.metric_noun(self.word(i - 3)):
            return True  # "ارتقى خلال العملية شهيد": the verb, when it befell him, then the one it befell
        if prev == "عن" and word in (w, w + "ا") and lex.cue(self.word(i - 2)) == "released":
            return True  # "أفرجت عن سيدة": one woman let go
        if word != w and found and i - found[-1].last <= 8:
            # "و" + noun in a list after a figure: "4 مدنيين، وعنصر من ..."
            between = self.toks[found[-1].last + 1:i]
            return not any(t.kind == "num" for t in between)
        if self.punct(i - 1) and self.toks[i - 1].text == ":" and prev == "":
            return True
        if word == w and lex.metric_noun(nxt) and lex.cue(nxt) in ("missing", "wounded", "killed") \
                and strip_conj(prev) in _STILL:
            return True  # "لا يزال رجل مفقوداً": one person, and what he is
        if word in (w, w + "ا") and not found and not self.punct(i + 1):
            k = i + 1
            if strip_conj(self.word(k)) in lex.KIN or (self.word(k).startswith("و") and strip_conj(self.word(k)) in
                                                       lex.SINGULAR_PERSONS):
                k += 1  # "امرأة وطفلتها قُتلتا": she and her daughter, then their verb
            if strip_conj(self.word(k)) in _DESCRIBING_VERBS and self.word(k + 1) in _SITE_PREPOSITIONS:
                # "ممرضاً يعمل في عيادة القرية لقي حتفه": what he did, where, then what befell him
                k = next((j for j in range(k + 2, min(self.b, k + 6)) if lex.cue(self.word(j))), k)
            elif self.word(k) == "من" and not lex.cue(self.word(k + 1)):
                # "متطوعاً من الهلال الأحمر أصيب بجروح": the body he belongs to, then what befell him
                k = next((j for j in range(k + 1, min(self.b, k + 6)) if lex.cue(self.word(j)) or not self.word(j)),
                         k)
            verb = self.word(k)
            if _verb_form(verb) and (not verb.startswith("ل") or strip_conj(verb) in _LAQIYA) \
                    and lex.cue(verb) in ("killed", "wounded"):
                return True  # a verb (not a noun such as مقتل or a preposition's بجروح; but لقي حتفه)
        return False

    def is_count(self, f: _Figure) -> bool:
        """False for durations, ages, measures, money, percentages, dates, years and names with numbers."""
        if f.kind in ("dual", "singular"):
            return True
        nxt = self.word(f.last + 1)
        nxt2 = self.word(f.last + 2)
        prev = self.word(f.first - 1)
        nbase = strip_conj(nxt)
        if nbase in lex.NON_COUNT_AFTER or nxt in lex.NON_COUNT_AFTER or lex.strip_article(nbase) in lex.MONTHS \
                or nbase in lex.MONTHS:
            return False
        if nxt == "من" and nxt2 in ("العمر", "عمره", "عمرها"):
            return False
        if nbase in SCALES and nxt.startswith("و") and (strip_conj(nxt2) in lex.NON_COUNT_AFTER or nxt2 in lex.NON_COUNT_AFTER):
            return False  # "بين 200 ألف ومليون جنيه": money, its currency after the range's second end
        for k in range(f.first - 1, max(self.a - 1, f.first - 5), -1):
            t = self.toks[k]
            if t.kind == "num" or (t.kind == "punct" and t.text not in _QUOTES) \
                    or (t.kind == "word" and t.text.startswith("و") and k < f.first - 1):
                break
            if t.kind == "word" and strip_conj(t.text) in ("نوع", "طراز"):
                return False  # "مسيّرة من نوع "هيرمس 450"": a model's name
        if f.first - 1 >= self.a and self.toks[f.first - 1].kind == "latin" \
                and self.toks[f.first - 1].end == self.toks[f.first].start:
            return False  # a model's name: "بندقيتا M16", "F-16" (letters and digits written together)
        if nxt == "من" and (lex.strip_article(nxt2) in lex.MONTHS or nxt2 in lex.MONTHS):
            return False  # a date: "3 من أيار"
        if nxt == "من" and nxt2 in ("شهر", "الشهر") and f.value <= 31:
            return False  # a date: "في الـ30 من شهر نيسان"
        if strip_conj(nxt) in ("ارباع", "اخماس", "اثلاث", "اعشار", "ربع", "خمس", "ثلث", "عشر") and f.kind == "words" \
                and f.value <= 10:
            return False  # a fraction: "ثلاثة أرباع" (three quarters) is a share
        if f.kind == "words" and prev in _ORDINAL_UNITS:
            return False  # the teen of an ordinal: "الخامس عشر من آذار" (the 15th)
        if (prev in ("بمعدل", "معدل", "بمتوسط", "متوسط") or (
                prev in _HEDGE_GLUE and self.word(f.first - 2) in ("بمعدل", "بمتوسط"))) and any(
                strip_conj(self.word(k)) in _PER_TIME for k in range(f.last + 1, min(self.b, f.last + 4))):
            return False  # "بمعدل أربعة أطفال يومياً": a rate, not a count (but "بمعدل (178.689) عائلة": as many as)
        if f.kind == "words" and prev in ("الاثني", "الاثنا", "الاثنتي", "الاثنتا") \
                and strip_conj(self.word(f.first - 2)) in _TIME_PLURALS:
            return False  # "خلال الأشهر الاثني عشر المقبلة": the twelve months, a time
        if nxt in ("في",) and nxt2 in ("المئة", "المائة", "المية"):
            return False
        if f.last + 1 < self.b and (self.toks[f.last + 1].text == "%" or self.toks[f.last + 1].text in ("/", ":")
                                    and f.last + 2 < self.b and self.toks[f.last + 2].kind == "num"
                                    and self.toks[f.last + 1].start == self.toks[f.last].end):
            return False  # "12/5", "10:30" (but "1,320 / 9,240": households / individuals)
        if f.first - 1 >= self.a and (self.toks[f.first - 1].text == "#" or self.toks[f.first - 1].text in ("/", ":")
                                      and f.first - 2 >= self.a and self.toks[f.first - 2].kind == "num"
                                      and self.toks[f.first - 1].end == self.toks[f.first].start):
            return False
        if f.first == self.a and f.kind == "digits" and f.value <= 30 and f.last + 2 < self.b \
                and self.toks[f.last + 1].text in ("-", ")", ".") and self.toks[f.last + 1].start == self.toks[f.last].end \
                and self.toks[f.last + 2].kind == "word" and not lex.metric_noun(self.word(f.last + 2)) \
                and lex.cue(self.word(f.last + 2)) is None \
                and self.folded[max(0, self.toks[f.first].start - 1):self.toks[f.first].start] in ("", "\n"):
            return False  # the number of an item of a list at a line's start: "١- ارتفع عدد القتلى إلى ..." (but
            # "12- قتيلا في غارات": a count with a dash)
        if f.last + 3 < self.b and self.toks[f.last + 1].text in ("-", "\u2013") and self.toks[f.last + 2].kind == "num" \
                and lex.strip_article(strip_conj(self.word(f.last + 3))) in lex.MONTHS:
            return False  # "1 - 20 أيار": the first day of a span of dates
        if f.kind == "digits" and strip_conj(self.word(f.first - 2)) in _CAMP_NAMES and nxt != "من" \
                and not lex.person(nxt) and not lex.thing(nxt) and not lex.metric_noun(nxt):
            return False  # "مخيم الجدعة 1": a camp's name
        if f.kind == "digits" and f.value < 100 and strip_conj(prev) in ("مخيم", "معسكر") and nxt != "من" \
                and not lex.person(nxt) and not lex.thing(nxt) and not lex.metric_noun(nxt):
            return False  # "في مخيم 7": a camp's number
        if nxt == "من" and nxt2 == "كل" or prev == "كل" and self.word(f.first - 2) == "من":
            return False  # "8 من كل 10 نازحين", "طفل من كل ثلاثة": a share, not a count
        if (prev in _MADE_UP_OF or (prev == "من" and self.word(f.first - 2) in _MADE_UP_OF)) \
                and not any(strip_conj(self.word(k)).startswith("طاقم") for k in range(f.first - 4, f.first - 1)):
            return False  # "أسرته المؤلفة من تسعة أفراد": how many a family holds, not a tally
        if f.first - 2 >= self.a and self.toks[f.first - 1].text == "-" \
                and self.toks[f.first - 1].end == self.toks[f.first].start \
                and self.folded[self.toks[f.first - 1].start - 1:self.toks[f.first - 1].start].isascii() \
                and self.folded[self.toks[f.first - 1].start - 1:self.toks[f.first - 1].start].isalpha():
            return False  # "T-55", "BM-21": a model's name in Latin letters
        if f.first - 2 >= self.a and self.toks[f.first - 1].text == "-" \
                and self.toks[f.first - 1].end == self.toks[f.first].start \
                and self.toks[f.first - 2].end == self.toks[f.first - 1].start and self.toks[f.first - 2].kind == "word":
            return False  # "إم كيو-9": a model's name
        pbase = lex.strip_article(strip_conj(prev)) if prev else ""
        if (prev in lex.NON_COUNT_BEFORE or strip_conj(prev) in lex.NON_COUNT_BEFORE) and not (
                (strip_conj(prev) in _YEAR_WORDS or (prev == "الساعة" and self.word(f.first - 2) == "هذه"))
                and nxt and lex.metric_noun(nxt)):
            return False  # (but "خلال العام 82 قتيلا": during the year, 82 dead; not the year 82; "حتى هذه الساعة
            # ٢٧ قتيلا": up to this hour, 27 dead)
        if (pbase in lex.MONTHS or prev in lex.MONTHS) and (f.value <= 31 or 1900 <= f.value <= 2100):
            return False  # "آذار 2023", "حتى نهاية آذار 540 ألفا" is no date
        if prev in ("الـ", "ال") and nxt and (nxt in lex.NON_COUNT_AFTER):
            return False
        if prev in ("الـ", "ال") and strip_conj(self.word(f.first - 2)) in lex.NON_COUNT_BEFORE:
            return False  # "فوق سن الـ18": an age
        if prev in ("الـ", "ال") and (self.word(f.first - 2) in _TIME_ORDINALS
                                     or strip_conj(self.word(f.first - 2)) in _TIME_ORDINALS):
            return False  # "لليوم الـ 277": which day, not how many
        if prev in ("الـ", "ال") and strip_conj(self.word(f.first - 2)) in _TIME_PLURALS:
            return False  # "خلال الساعات الـ12 الماضية": a duration
        if prev in ("الـ", "ال") and f.first - 2 >= self.a and (w2 := self.word(f.first - 2)) \
                and lex.person(w2) is None and lex.cue(w2) is None and not lex.metric_noun(w2) \
                and lex.person(nxt) is None and lex.cue(nxt) is None \
                and lex.person(self.word(f.first - 3)) is None and lex.cue(self.word(f.first - 3)) is None:
            return False  # "في مراكز الإيواء الـ 14 المعتمدة": the 14 shelters, which ones (but "القتلى الـ 40")
        if nxt == "و" and f.last + 2 < self.b and self.toks[f.last + 2].kind == "num":
            after = read_number(self.toks, f.last + 2)
            if after is not None and strip_conj(self.word(after.last + 1)) in lex.NON_COUNT_AFTER:
                return False  # "ما بين 2,500 و4 آلاف دولار": the low end of a sum of money
            if after is not None and f.value <= 31 and after.value <= 31 and (
                    lex.strip_article(strip_conj(self.word(after.last + 1))) in lex.MONTHS
                    or self.word(after.last + 1) in lex.MONTHS):
                return False  # "يومي 14 و15 نيسان": the first of two days of a month
        if prev in ("بين", "ما") and (self.word(f.first - 2) in lex.NON_COUNT_BEFORE
                                     or self.word(f.first - 3) in lex.NON_COUNT_BEFORE):
            return False  # "تتراوح أعمارهم بين 22 و40 عاما": the low end of an age range
        if f.kind == "digits" and f.first == f.last:
            text = self.toks[f.first].text
            if text.isdigit() and len(text) == 4 and 1900 <= int(text) <= 2100:
                noun = lex.person(nxt) or lex.thing(nxt) or (lex.metric_noun(nxt)) if nxt else None
                if noun:
                    return True
                if nxt == "و" and f.last + 2 < self.b and self.toks[f.last + 2].kind == "num":
                    after = self.word(f.last + 3)  # "بين 2000 و3000 شخص": the low end of a range of people
                    if after and (lex.person(after) or lex.metric_noun(after)):
                        return True
                end = f.last + 1 >= self.b or (self.punct(f.last + 1) and self.toks[f.last + 1].text in
                                                  _SENTENCE_END | {"،", ","})
                return bool(end and prev in ("الي", "لي") and self._has_toll())
        return True

    def _has_toll(self) -> bool:
        return any(self.word(j) in _TOLL or strip_conj(self.word(j)) in _TOLL for j in range(self.a, self.b))

    # -- hedges ----------------------------------------------------------------------------------------

    def hedge(self, f: _Figure, figs: list[_Figure]) -> None:
        """Set ``f.qualifier``, bounds and the hedge's first token; merge ranges (ما بين X و Y)."""
        if f.kind in ("dual", "singular"):
            return
        start = self.toks[f.first].start
        lo = self.toks[self.a].start
        before = self.folded[max(lo, start - 40):start]
        m = _HEDGE_RE.search(before)
        if m and not f.vague:
            q = next(name for name, _ in _HEDGES if m.group(name))
            hstart = start - len(before) + m.start("h")
            f.qualifier = q
            j = f.first
            while j - 1 >= self.a and self.toks[j - 1].start >= hstart:
                j -= 1
            f.hedge_tok = j
        elif not f.vague:
            after = self.folded[self.toks[f.last].end:self.toks[min(f.last + 5, self.b - 1)].end]
            for pat, q in _AFTER_HEDGE:
                m = pat.match(after)
                if m:
                    f.qualifier = q
                    end = self.toks[f.last].end + m.end()
                    f.tail_tok = max(k for k in range(f.last, min(f.last + 6, self.b)) if self.toks[k].end <= end)
                    break
        if not f.vague and f.qualifier in ("exact", "about") and self._exceeds(f):
            f.qualifier = "more_than"  # "تجاوز عدد اللاجئين 3.6 مليون", "تجاوز العدد ... نحو 6 آلاف"
        if f.qualifier == "more_than" and self._not_exceeding(f):
            f.qualifier = "up_to"  # "لم تتجاوز 11 مقاتلا", "لا يتجاوز عددهم 40": at most

    def _exceeds(self, f: _Figure) -> bool:
        """A verb of exceeding governs the figure: تجاوز/تخطى/فاق earlier in its clause, no figure between."""
        return self._exceed_verb(f, f.hedge_tok - 1, f.hedge_tok - 10) is not None

    def _not_exceeding(self, f: _Figure) -> bool:
        """A negated verb of exceeding before the figure in its clause: لم/لا/لن تتجاوز."""
        j = self._exceed_verb(f, f.first, f.first - 10)  # from the figure itself: the verb may be its hedge
        return j is not None and j > self.a and (self.word(j - 1) in _NEGATIONS
                                                 or strip_conj(self.word(j - 1)) in _NEGATIONS)

    def _exceed_verb(self, f: _Figure, top: int, bottom: int) -> int | None:
        """The token of a verb of exceeding from ``top`` back to (not including) ``bottom``, before any figure or
        clause mark that stands before ``f``; None when there is none."""
        for j in range(top, max(self.a - 1, bottom), -1):
            t = self.toks[j]
            if j < f.first and (t.kind == "num" or t.kind == "punct" and t.text in _CLAUSE_PUNCT):
                return None
            if strip_conj(t.text) in _EXCEED or t.text in _EXCEED:
                return j
        return None

    def range_high(self, f: _Figure, nxt: _Figure | None) -> bool:
        """True when ``f`` is the low end of ``(ما) بين f و nxt`` (then ``nxt`` is its high end)."""
        if nxt is None or f.vague or nxt.vague or f.kind not in ("digits", "words"):
            return False
        prev = self.word(f.first - 1)
        if strip_conj(prev) not in ("بين", "مابين") and prev != "بين":
            return False
        gap = [t for t in self.toks[f.last + 1:nxt.first]]
        words = [t.text for t in gap if t.kind == "word"]
        if any(t.kind != "word" for t in gap) or len(words) > 2:
            return False
        glued = self.toks[nxt.first].text.startswith("و") and self.toks[nxt.first].kind == "word"
        joined = (not words and glued) or (words and words[-1] == "و")
        return bool(joined) and nxt.value > f.value

    # -- the counted noun and the metric ---------------------------------------------------------------

    def unit(self, f: _Figure) -> None:
        if f.kind in ("dual", "singular"):
            return
        j = f.last + 1
        if self.word(j) == "من" or (self.word(j) in ("الـ",)):
            j += 1
        w = self.word(j)
        if not w:
            return
        if j > f.last + 1 and lex.strip_article(w) in _FROM_PLACE:
            return  # "و38 من محافظة خان يونس": from a place (the noun is the figure's before), not 38 of them
        f.unit_tok = j
        if lex.person(w):
            f.unit = lex.person(w) or ""
        elif lex.thing(w):
            f.unit = lex.thing(w) or ""
            if f.unit == "strikes" and strip_conj(self.word(j + 1)) in ("يدوية", "يدويه"):
                f.unit = "weapons"  # "3 قنابل يدوية": hand grenades are arms, not bombs dropped
        elif lex.metric_noun(w):
            f.unit = "people"
        else:
            f.unit_tok = -1

    def _combined(self, j: int, metric: str, back: bool = True) -> str:
        """``casualties`` when the cue at ``j`` is joined by و/أو to a cue of the other harm (مقتل وإصابة,
        قتلى وجرحى, قتل أو جرح); a joined cue that has its own number after it is a figure of its own."""
        if metric not in ("killed", "wounded"):
            return metric
        other = "wounded" if metric == "killed" else "killed"

        def own_number(k: int) -> bool:
            for n in range(k + 1, min(k + 5, self.b)):
                if self.toks[n].kind == "punct":
                    return False
                if self.toks[n].kind == "num" or read_number(self.toks, n) is not None:
                    return True
            return False

        w1 = self.word(j + 1)
        if w1 in ("و", "او") and lex.cue(self.word(j + 2)) == other and not own_number(j + 2):
            return "casualties"
        if w1 and (w1.startswith("و") or w1.startswith("او")) and lex.cue(w1) == other and not own_number(j + 1):
            return "casualties"
        if back:
            def own_figure(k: int) -> bool:  # "15 شخصا قتلوا وأصيب 45": the earlier cue has its own figure
                return lex.metric_noun(self.word(k)) \
                    or any(self.toks[n].kind == "num" or read_number(self.toks, n) is not None
                           or lex.dual(self.word(n)) or lex.nisba_dual(self.word(n))  # "لقي مواطنان حتفهما وأصيب ثالث"
                           for n in range(max(self.a, k - 3), k))

            w0 = self.word(j - 1)
            if w0 and self.word(j).startswith("و") and lex.cue(w0) == other and not own_figure(j - 1):
                return "casualties"
            if w0 in ("و", "او") and lex.cue(self.word(j - 2)) == other and not own_figure(j - 2):
                return "casualties"
        return metric

    def _cue_at(self, j: int, back: bool = True) -> str | None:
        w = self.word(j)
        if not w:
            return None
        m = lex.cue(w)
        if m is None:
            return None
        if j > self.a and strip_conj(self.word(j - 1)) in _EACH:
            return None  # "فحوصاً لكل محتجز": each detainee, no one held here
        if strip_conj(w) == "سقوط" and lex.strip_article(self.word(j + 1)) in _FALLEN_RULE:
            return None  # "منذ سقوط النظام": the fall of a regime, no one killed
        if m in ("destroyed", "detained") and j > self.a and strip_conj(self.word(j - 1)) in _ORDERS:
            return "other"  # "إخطارات بهدم 6 منازل", "150 أمر اعتقال": orders, nothing done yet
        if m == "displaced" and j > self.a and (strip_conj(self.word(j - 1)) in _WITHOUT or (
                self.word(j - 1) == "علي" and strip_conj(self.word(j - 2)).startswith(("قادر", "القدرة", "قدرة")))):
            return None  # "بلا وصول منتظم إلى المياه", "غير قادرين على الوصول": without access, no arrival
        if m == "returned" and strip_conj(w).startswith(("اعاد", "باعاد")) and any(
                strip_conj(self.word(k)) in _RESTORED for k in range(j + 1, min(self.b, j + 4))
                if not any(self.punct(n) for n in range(j + 1, k + 1))):
            return None  # "أعادت الفرق الفنية تشغيل 7 محطات": put back into service, no one came back
        if m == "returned" and self._kept_from(j):
            return None  # "حرمت الألغام عشرات الآلاف من النازحين من العودة": kept from returning
        if m == "returned" and j > self.a + 1 and strip_conj(self.word(j - 1)) in ("عن", "علي", "من") \
                and strip_conj(self.word(j - 2)) in _UNABLE:
            return "displaced"  # "لا يزال آلاف من سكانها عاجزين عن العودة": still displaced, not returned
        if m == "displaced" and strip_conj(w) in ("اخلاء", "باخلاء") and self.word(j + 1) == "سبيل":
            return "released"  # "جرى إخلاء سبيل 11 شخصاً": set free, not evacuated
        if m == "captured" and w in ("باسرهم", "باسرها") and any(
                strip_conj(self.word(k)) in _REUNITING for k in range(max(self.a, j - 8), j)):
            return None  # "يجتمع مئات الآباء والأبناء بأسرهم": with their families, no one taken prisoner
        if m == "missing" and strip_conj(self.word(j + 1)) in _LIMBS:
            return "wounded"  # "بينهم 9 فقدوا أطرافهم": limbs lost, wounds (the verb after its figure)
        if m == "missing" and strip_conj(self.word(j + 1)) in _LIVES:
            return "killed"  # "الكوادر الصحية الذين فقدوا حياتهم ... إلى ١١": who lost their lives, dead
        if m == "missing" and strip_conj(self.word(j + 1)) in _LOST_KIN:
            return None  # "118 يتيماً فقدوا آباءهم في الحرب": orphans who lost their fathers, themselves not missing
        if m == "killed" and w in ("فقدنا", "وفقدنا") and strip_conj(self.word(j + 1)) in _LOST_TOUCH:
            return "missing"  # "فقدنا الاتصال بثلاثة من زملائنا": out of touch, not dead
        return self._combined(j, m, back)

    def _kept_from(self, j: int) -> bool:
        """Whether the cue at ``j`` is what someone is kept from: "من العودة" after a verb of keeping (حرم، منع)."""
        return j > self.a and strip_conj(self.word(j - 1)) in ("من", "دون") \
            and any(strip_conj(self.word(k)) in _KEPT_FROM for k in range(max(self.a, j - 10), j - 1))

    def _left_cue(self, f: _Figure, near: bool) -> str | None:
        j = f.hedge_tok - 1
        if f.unit in ("people", "civilians", "children", "women", "men", "households") \
                and strip_conj(self.word(j)) in _CARRYING and self._evacuation() \
                and not any(lex.cue(self.word(k)) == "refugees"
                            for k in range(f.last + 1, min(self.b, max(f.last, f.unit_tok) + 4))):
            # "20 حافلة تقل نحو 950 شخصاً", "نقلت الباصات 1600 شخص": carried out of a siege; a convoy of return
            # carries returnees ("47 قافلة عودة ... نقلت أكثر من 38 ألف مواطن"); refugees carried are left to
            # the rest of the sentence
            return "returned" if any(lex.cue(self.word(k)) == "returned" for k in range(self.a, self.b)) else "displaced"
        if any(strip_conj(self.word(k)) == "بالارض" for k in range(f.last + 1, min(self.b, max(f.last, f.unit_tok) + 4))) \
                and any(strip_conj(self.word(k)) in _LEVELLED and strip_conj(self.word(k - 1)) not in _ONLY_BEFORE
                        for k in range(max(self.a, j - 2), j + 1)):
            return "destroyed"  # "سوّت الغارات 6 منازل بالأرض": levelled to the ground (not "لم يبق سوى 5 منازل")
        if any(strip_conj(self.word(k)) in _LOST_BY_A_SIDE for k in (j, j - 1) if k >= self.a):
            # "خسر الجيش 40 جنديا": a force's dead; "خسرت سبع طائرات": its equipment destroyed; but villages lost
            # to the enemy, seats, matches or kilograms lost, and "خسرت المدينة 3 آلاف من سكانها" (lost how,
            # unsaid) say nothing of war losses
            if f.unit in ("fighters", "soldiers"):
                return "killed"
            return "destroyed" if f.unit in _LOST_EQUIPMENT else None
        if (strip_conj(self.word(j)) in _LOST_VERBS or self.word(j) in _LOST_VERBS) and any(
                strip_conj(self.word(k)) in _LIMBS for k in range(max(f.last, f.unit_tok) + 1,
                                                                 min(self.b, max(f.last, f.unit_tok) + 4))):
            return "wounded"  # "فقد العشرات منهم أطرافهم أو بصرهم": limbs or sight lost, wounds
        lost = next((k for k in (j, j - 1) if k >= self.a and (strip_conj(self.word(k)) in _LOST_VERBS
                                                               or self.word(k) in _LOST_VERBS)), None)
        between = strip_conj(self.word(j))
        # "فقد خلال المواجهات 4 من جنوده": the verb, when it was, then the figure
        during = lost is None and j - 2 >= self.a and strip_conj(self.word(j - 1)) in _DURING \
            and between.startswith("ال") and not self.punct(j) and not self.punct(j - 1) \
            and (strip_conj(self.word(j - 2)) in _LOST_VERBS or self.word(j - 2) in _LOST_VERBS)
        if during:
            lost = j - 2
        only = lost == j - 1 and between in _ONLY_WORDS and strip_conj(self.word(j - 2)) in ("لم", "لا", "ما")
        if lost is not None and (lost == j or during or only or (not self.punct(j) and lex.cue(self.word(j)) is None
                                                and (between.startswith("ال") or between.endswith(("ها", "هم"))))):
            # "فقدت قواتها اثنين": the verb, its subject, the figure; never "فقد غادر 20 ألفا" ("indeed left")
            # "وفقد 30 مهاجرا": missing; a فقد ("indeed") before a verb never stands before a number; but a force
            # that lost some of its own ("فقد ثلاثة من جنوده") or people who lost their lives ("فقد 3774 منهم
            # حياتهم") are the dead
            after = [strip_conj(self.word(k)) for k in range(max(f.last, f.unit_tok) + 1, min(self.b, f.last + 5))]
            if any(w in _LIVES for w in after) or (after[:1] == ["من"] and len(after) > 1 and after[1] in _OWN_FORCES) \
                    or (f.unit_tok > f.last and strip_conj(self.word(f.unit_tok)) in _OWN_FORCES) \
                    or (f.unit in ("fighters", "soldiers") and (only or strip_conj(self.word(lost - 1)).startswith(_FORCES))) \
                    or (f.unit_tok > lost and self.word(f.unit_tok).endswith(("ها", "هم", "هن"))
                        and strip_conj(self.word(lost - 1)) in ("التي", "الذي", "الذين", "اللواتي", "اللذين")):
                return "killed"  # (and "قواتها فقدت 12 مقاتلا": a force, then the fighters it lost; "القوات
                # المسلحة فقدت 4 من عناصرها": its own people, read as the figure's noun; "التي فقدت ابنيها في غارة":
                # a mother who lost her two sons)
            return "missing"
        skipped = 0
        while j >= self.a:
            t = self.toks[j]
            if t.kind == "punct" and t.text in _QUOTES and (not near or j == f.hedge_tok - 1):
                j -= 1
                continue  # قتلوا "ما لا يقل عن 40 جنديا": a quoted figure is the verb's object
            if t.kind == "punct" and t.text in ("،", ",") and not near:
                # "قتلت، بالتعاون مع مقاتلي العشائر، أكثر من 70 عنصرا": a verb, an aside, its object
                k = j - 1
                while k >= self.a and f.hedge_tok - k < 14 and not (self.punct(k) and self.toks[k].text in ("،", ",")):
                    if self.punct(k) and self.toks[k].text in _CLAUSE_PUNCT or self.toks[k].kind == "num":
                        k = self.a - 1
                        break
                    k -= 1
                if k > self.a and self.punct(k) and self.toks[k].text in ("،", ",") \
                        and strip_conj(self.word(k + 1)) in _SOURCE_ASIDE:
                    j = k - 1  # "اعتقلت الاستخبارات، بحسب البيان، عشرات الناشطين": past whose word it is
                    continue
                if k > self.a and self.punct(k) and self.toks[k].text in ("،", ","):
                    m = self._cue_at(k - 1)
                    if m and lex.cue(self.word(k - 1)) == m and self.word(k - 1) not in lex.NOUN_METRIC:
                        return m
                    # "هدمت قوات الاحتلال الإسرائيلي، اليوم الثلاثاء، 7 منشآت": the verb, its subject, a time aside
                    # (the subject may be a long name with a dash in it: "رحّل جهاز مكافحة الهجرة غير الشرعية – فرع
                    # المنطقة الشرقية، اليوم الأحد، 412 مهاجراً")
                    for i in range(k - 1, max(self.a, k - 11) - 1, -1):
                        w = self.word(i)
                        if self.punct(i) and self.toks[i].text in ("\u2013", "\u2014", "-"):
                            continue
                        if not w or self.toks[i].kind == "num":
                            break
                        if _verb_form(w) and (m := lex.cue(w)) is not None and w not in lex.NOUN_METRIC \
                                and self.word(k + 1) in _DAY_WORDS_AFTER:
                            return m
                return None
            if t.text == "." and t.kind == "punct" and _in_leader(self.folded, t.start):
                j -= 1  # dot leaders between a label and its figure: "القتلى .......... نحو ١١٠٠"
                continue
            if t.kind == "punct" and t.text == ")" and not near:
                opening = next((k for k in range(j - 1, max(self.a, j - 6) - 1, -1) if self.punct(k)
                                and self.toks[k].text in ("(", ")")), None)
                if opening is not None and self.toks[opening].text == "(" \
                        and not any(self.toks[k].kind == "num" for k in range(opening, j)):
                    j = opening - 1  # "أفرجت جماعة أنصار الله (الحوثيين) عن ١١٢ محتجزا": a name in brackets
                    continue
            if t.kind == "punct" and t.text in _CLAUSE_PUNCT:
                return None
            if t.kind == "num":
                if not near and j in self.non_counts:
                    j -= 1  # "تدمير دبابة من نوع T-55 وثلاث سيارات": a model's number on the way
                    continue
                if not near and lex.strip_article(strip_conj(self.word(j + 1))) in _DURATION_WORDS:
                    j -= 1  # "أسرت خلال الـ48 ساعة الماضية 25 من عناصر": a duration between the verb and its object
                    continue
                return None
            m = self._cue_at(j)
            if m and not self._names_an_operation(j):
                return m
            if near and t.text in _TIME_ADVERBS:
                j -= 1
                continue
            if near and (skipped >= 1 or t.text not in _NEAR_SKIP):
                return None
            skipped += 1
            if skipped > 10:
                return None
            j -= 1
        return None

    def _names_an_operation(self, j: int) -> bool:
        """Whether the cue at token ``j`` names the work of an operation or a team ("شارك في عمليات الانتشال
        والإجلاء 60 متطوعا": they took part in evacuations; "فرق الإجلاء"), not what befell the figure."""
        if not strip_conj(self.word(j)).startswith("ال"):
            return False  # a verb ("وأصيب 47 آخرون" after "أثناء عمليات التطهير") is no operation's name
        k = j - 1
        while k >= self.a and self.word(k + 1).startswith("وال") and self.word(k).startswith("ال") and k >= j - 3:
            k -= 1  # "عمليات الانتشال والإجلاء": back over the words joined by و
        return strip_conj(self.word(k)) in _OPERATIONS

    def _and_verb_of_its_own(self, f: _Figure) -> bool:
        """Whether a verb joined by "و" follows the figure's noun within a few words and a figure follows that
        verb: the verb is the next figure's ("... 5 من الجنود وأصيب 12 آخرون")."""
        j = max(f.last, f.unit_tok) + 1
        for k in range(j, min(self.b, j + 5)):
            t = self.toks[k]
            if t.kind == "num" or (t.kind == "punct" and t.text in _CLAUSE_PUNCT):
                return False
            if t.kind == "word" and t.text.startswith("و") and lex.cue(t.text) not in (None, "other"):
                # (past a hedge of up to three words: "وأصيب ما يزيد على 109 آلاف آخرين")
                for x in range(k + 1, min(self.b, k + 6)):
                    if self.toks[x].kind == "num":
                        return True
                    if self.toks[x].kind == "word":
                        try:
                            if read_number(self.toks, x) is not None:
                                return True
                        except (ValueError, IndexError):
                            pass
                return False
        return False

    def _right_cue(self, f: _Figure) -> str | None:
        """A cue after the figure and its noun in the same clause; a list of figures joined by "، و" or
        a breakdown (بينهم ...) is crossed to the verb after it ("5 مدنيين، و3 عسكريين" قتلوا)."""
        j = max(f.last, f.unit_tok) + 1
        start = j
        if strip_conj(self.word(j)) == "عدد" and (m := self._number_of_whom(j)):
            return m  # "يرتفع بذلك إلى 240381 عدد الأشخاص الذين وثّق المرصد مقتلهم"
        words = 0
        in_breakdown = False  # a breakdown (بينهم ...) was read: a comma may close it before the verb
        while j < self.b and words < 6 and j - start < 30:
            t = self.toks[j]
            if t.kind == "punct" and t.text in _QUOTES:
                j += 1
                continue
            if t.kind == "punct" and t.text == "(":
                close = next((k for k in range(j + 1, min(self.b, j + 14)) if self.punct(k) and self.toks[k].text == ")"),
                             None)
                if close is None:
                    return None
                j = close + 1  # "1,843 أسرة (نحو 9,200 فرد) عادت": an aside in parentheses
                continue
            if t.kind == "punct" and t.text in _CLAUSE_PUNCT - {"،", ","}:
                return None
            if t.kind == "punct" and strip_conj(self.word(j + 1)) in _ASIDE_OPEN:
                # "1.9 مليون شخص، أي قرابة 85% من السكان، نزحوا", "4 من أفراد الطاقم، البالغ عددهم 25، لقوا حتفهم"
                close = next((k for k in range(j + 2, min(self.b, j + 16)) if self.punct(k)
                              and self.toks[k].text in ("،", ",")), None)
                if close is None:
                    return None
                j = close + 1
                continue
            if t.kind == "punct":
                nxt = self.word(j + 1)
                if t.text in ("،", ",") and not in_breakdown and (strip_conj(nxt) in _BREAKDOWN or nxt in _BREAKDOWN):
                    # "52 شخصا، بينهم عمال في المرفأ ومسعفون وصلوا بعد الغارة، لقوا حتفهم": a breakdown closed by
                    # a comma before the verb of all, however long
                    close = next((k for k in range(j + 2, min(self.b, j + 24)) if self.punct(k)
                                  and self.toks[k].text in ("،", ",", ".", "؛", ":")), None)
                    if close is not None and self.toks[close].text in ("،", ",") \
                            and (m := self._cue_at(self._past_free(close + 1), back=False)):
                        return m
                if in_breakdown and (m := self._cue_at(self._past_free(j + 1), back=False)):
                    return m  # "سبعة مدنيين، بينهم أربعة أطفال، قتلوا": the breakdown closed, the verb of all
                if t.text in ("،", ",") and not in_breakdown and f.unit in _PEOPLE_UNITS and nxt.endswith("وا") \
                        and _verb_form(nxt) and (m := self._cue_at(j + 1, back=False)):
                    return m  # "- مصر: 187 مهاجراً، رُحّلوا براً": their own verb after a comma, agreeing with them
                if strip_conj(nxt) not in _BREAKDOWN and nxt not in _BREAKDOWN and nxt != "و":
                    return None
                j += 1
                continue
            if t.kind == "num":
                if strip_conj(self.word(j - 1)) == "منهم":
                    return None  # "1,200 مهاجر إلى بلدانهم، منهم 300 غادروا برا": the part has a verb of its own
                if self.word(j - 1) in _BREAKDOWN or self.word(j - 1) == "و":
                    words = 0  # the next item of a list or breakdown
                    j += 1
                    continue
                return None
            if t.text in _NEW_PART:
                return None
            if t.text == "من" and self.word(j + 1) == "بين" and f.unit in _PEOPLE_UNITS \
                    and lex.metric_noun(noun := self.word(j + 2)) and (m := lex.cue(noun)) in PEOPLE_METRICS:
                return m  # "ألفي أسرة على الأقل من بين النازحين", "300 طفل من بين القتلى": among the people of a metric
            if t.text in _PREPOSITIONS and self.word(j + 1) not in ("عداد", "صفوف", "حالة"):  # "في حالة نزوح"
                # "نحو 40 محلاً تجارياً في السوق القديم احترقت", "300 شخص في المدينة أصيبوا": where they were,
                # then their own verb (agreeing with them: -ت for things, -وا for people)
                # (one person: a verb, not a noun: "ممرضاً يعمل في عيادة القرية لقي حتفه")
                ending = "ت" if f.unit in _THING_UNITS else "" if f.kind == "singular" else "وا" \
                    if f.unit in _PEOPLE_UNITS else None
                for k in range(j + 1, min(self.b, j + 5)) if ending is not None else ():
                    if self.punct(k) or self.toks[k].kind == "num":
                        break
                    w = self.word(k)
                    if w.endswith(ending) and (ending or _verb_form(w)) \
                            and (m := self._cue_at(k, back=False)):
                        return m
                    if lex.cue(self.word(k)):
                        break  # "في تشييع الضحايا": another cue first
                return None  # "3 آلاف شخص في تشييع الضحايا": what follows a preposition is not what they did
            m = self._cue_at(j, back=False)
            if m == "displaced" and strip_conj(self.word(j - 1)) in _PRISONERS:
                m = None  # "السجناء الفارين": prisoners who escaped
            if m:
                return m
            if t.text in _BREAKDOWN or strip_conj(t.text) in _BREAKDOWN:
                words = max(0, words - 2)
                in_breakdown = True
            if t.text not in _FREE_WORDS:  # "4 على الأقل من أفراد الطاقم لقوا حتفهم": a hedge and "من" are free
                words += 1
            j += 1
        return None

    def _number_of_whom(self, j: int) -> str | None:
        """The cue of a relative clause after "عدد" + a noun right after a figure (a toll put first: "إلى 240381
        عدد الأشخاص الذين وثّق المرصد مقتلهم"), up to the clause's end; None when there is none."""
        if strip_conj(self.word(j + 2)) not in ("الذين", "اللذين", "اللواتي", "اللاتي"):
            return None
        for k in range(j + 3, min(self.b, j + 14)):
            if self.punct(k) or self.toks[k].kind == "num":
                return None
            if (m := self._cue_at(k, back=False)) is not None:
                return m
        return None

    def _forced_to(self, f: _Figure) -> str | None:
        """What people were forced to do, across a place phrase: "اضطرت نحو 900 أسرة في بلدة الوادي وحدها إلى
        مغادرة منازلها", "أجبر القصف 2,000 شخص في ريف المدينة على الفرار"."""
        if not any(strip_conj(self.word(j)) in _FORCED for j in range(max(self.a, f.hedge_tok - 4), f.hedge_tok)):
            return None
        for j in range(max(f.last, f.unit_tok) + 1, min(self.b - 1, f.last + 14)):
            if self.punct(j) and self.toks[j].text in _CLAUSE_PUNCT or self.toks[j].kind == "num":
                return None
            if self.word(j) in ("الي", "علي"):
                return self._cue_at(j + 1, back=False)
        return None

    def _frame(self, f: _Figure) -> str | None:
        """A toll frame before the figure: عدد/حصيلة + cue nouns (بلغ عدد النازحين العائدين ... 70,
        ارتفعت حصيلة القتلى إلى 45): the last cue of the frame's noun phrase; a حصيلة with none: killed."""
        j = f.hedge_tok - 1
        while j >= self.a and f.hedge_tok - j <= 20:
            t = self.toks[j]
            if t.kind == "punct" and t.text in (".", ":", "؛", "(", ")") \
                    or t.kind == "num" and not self._year(j) and j not in self.non_counts:
                return None
            w = strip_conj(self.word(j))
            if w in _LOSSES and f.unit in _PEOPLE_UNITS:
                return "casualties"
            if w in _FRAME or (w[:1] in "بل" and w[1:] in _FRAME):
                found = None
                for k in range(j + 1, min(j + 5, f.hedge_tok)):
                    m = self._cue_at(k)
                    if m:
                        found = m
                if found:
                    return found
                return "killed" if "حصيل" in w else None
            j -= 1
        return None

    def _year(self, j: int) -> bool:
        t = self.toks[j].text
        return t.isdigit() and len(t) == 4 and 1900 <= int(t) <= 2100

    def _adjective(self, f: _Figure) -> str | None:
        """A metric word right after the counted noun: "20 مدنيا جريحا"."""
        if f.unit_tok < 0 or f.kind in ("dual", "singular"):
            return None
        w = self.word(f.unit_tok + 1)
        if w and lex.metric_noun(w) and not (f.unit_tok + 2 < self.b
                                                          and self.toks[f.unit_tok + 2].kind == "num"):
            return self._cue_at(f.unit_tok + 1, back=False)
        return None

    def metric(self, f: _Figure, prev: _Figure | None, last: _Figure | None) -> str | None:
        """The figure's metric (module doc, step 5); ``prev`` is the sentence's previous figure with a
        metric, ``last`` the article's."""
        m = self._metric(f, prev, last)
        if m in ("killed", "wounded") and self._between_killed_and_wounded(f):
            return "casualties"
        return m

    def _arrived_in(self, f: _Figure) -> bool:
        """Whether a place word (إلى, not a hospital) follows the figure's noun within its clause, past a
        parenthesis ("16,400 أسرة (نحو 82,000 فرد) إلى محلية طويلة")."""
        k, depth = max(f.last, f.unit_tok) + 1, 0
        while k < min(self.b, f.last + 14):
            t = self.toks[k]
            if t.kind == "punct":
                if t.text == "(":
                    depth += 1
                elif t.text == ")":
                    depth -= 1
                elif depth == 0 and t.text in _CLAUSE_PUNCT:
                    return False
            elif depth == 0 and t.kind == "word":
                if t.text in ("الي", "الى", "إلى"):  # (folded: إلى is read as الي)
                    return not self.word(k + 1).startswith(("مستشف", "المستشف"))
                if depth == 0 and k > max(f.last, f.unit_tok) + 3:
                    return False
            k += 1
        return False

    def _next_item(self, prev: _Figure, f: _Figure) -> bool:
        """Whether ``f`` follows "، و" as the next item of the breakdown ``prev`` opened, past words that describe
        ``prev``'s people ("بينهم 79 مقاتلا من حزب الله نعاهم الحزب، و7 من عناصر ..."): no figure, no cue and no
        clause mark between them."""
        k = f.hedge_tok - 2 if self.word(f.hedge_tok - 1) == "و" else f.hedge_tok - 1  # "، و4" or "، ومواطنان"
        if k <= max(prev.last, prev.unit_tok) or not (self.punct(k) and self.toks[k].text in ("،", ",")):
            return False
        between = range(max(prev.last, prev.unit_tok) + 1, k)
        # (prev's own verb may stand between: "13 قضوا في غارات جوية ...، و4 بقصف صاروخي")
        return len(between) <= 12 and not any(
            self.toks[j].kind == "num" or (self.punct(j) and self.toks[j].text in ("،", ",", ".", "؛", ";", ":", "؟", "?"))
            or lex.cue(self.word(j)) not in (None, "other", prev.metric) for j in between)

    def _between_killed_and_wounded(self, f: _Figure) -> bool:
        """"عشرات الضحايا بين قتيل وجريح": a toll of killed and wounded together."""
        j = max(f.last, f.unit_tok) + 1
        for k in range(j, min(j + 3, self.b)):
            if strip_conj(self.word(k)) == "بين" or self.word(k) == "بين":
                a, b = lex.cue(self.word(k + 1)), lex.cue(self.word(k + 2))
                return {a, b} == {"killed", "wounded"}
        return False

    def _metric(self, f: _Figure, prev: _Figure | None, last: _Figure | None) -> str | None:
        # 000. counted among a group ("بينهم قرابة 98 ألفاً في عداد المختفين قسرياً"), or a fate still unknown ("مصير
        #      أكثر من 2700 من المختطفين ... ما زال مجهولاً"): what the group is, missing
        j = max(f.last, f.unit_tok) + 1
        if self.word(j) == "في" and self.word(j + 1) == "عداد" and (among := lex.cue(self.word(j + 2))) in PEOPLE_METRICS:
            return among
        if self.word(j) == "بين" and self._between_killed_and_wounded(f):
            return "casualties"  # "▪ أكثر من 5 آلاف مدني بين قتيل وجريح": killed and hurt, with no verb
        if strip_conj(self.word(f.hedge_tok - 1)) == "مصير" and any(
                self.word(k).startswith("مجهول") for k in range(j, min(self.b, j + 12))) \
                and not any(lex.strip_article(self.word(k)).startswith(_HELD_STEMS) for k in range(f.last, j + 2)):
            return "missing"  # (but detainees whose fate is unknown are still counted as held: "مصير مئات المعتقلين")
        # 000d. helped to go home: "ساعدت أكثر من 40 ألف مهاجر على العودة"
        if self.word(j) == "علي" and strip_conj(self.word(j + 1)) in ("العودة", "عودة"):
            return "returned"
        # 000c. people held, said to be freed by an adjective after their noun ("718 أسيراً محرراً"); fates clarified and
        #       contact restored ("تحديد مصير 340 شخصاً", "إعادة الاتصال بين 115 عائلة"): found, not lost
        if f.unit_tok >= 0 and strip_conj(self.word(j)) in _FREED_ADJECTIVES:
            return "released"
        if (self.word(f.hedge_tok - 1) == "مصير" and strip_conj(self.word(f.hedge_tok - 2)) in _CLARIFYING) or (
                self.word(f.hedge_tok - 1) in ("بين", "لـ") and strip_conj(self.word(f.hedge_tok - 2)) in _CONTACT):
            return "other"
        # 000a. people named by their status, then a plural verb of harm of their own in the clause: "١٩١ نازحاً كانوا
        #       يلتمسون المأوى فيها قُتلوا": what befell them (the status says who they were)
        if f.unit_tok >= 0 and lex.metric_noun(self.word(f.unit_tok)) \
                and lex.cue(self.word(f.unit_tok)) in ("displaced", "refugees", "idps", "returned"):
            for k in range(j, min(self.b, j + 8)):
                w = self.word(k)
                if not w or self.toks[k].kind == "num" or strip_conj(w) in _RELATIVE_PRONOUNS:
                    break
                if w.endswith("وا") and _verb_form(w) and lex.cue(w) in ("killed", "wounded"):
                    return lex.cue(w)
        # 000a2. people named displaced by an adjective after their noun, then a verb of return of their own: "300 أسرة
        #        نازحة عادت إلى قراها", "مئات الأسر النازحة بدأت بالعودة": they came back
        if f.unit_tok >= 0 and lex.cue(self.word(j)) in ("displaced", "idps", "refugees"):
            for k in range(j + 1, min(self.b, j + 4)):
                if self.toks[k].kind != "word" or strip_conj(self.word(k)) in _NOT_YET_BACK:
                    break  # "حرمت آلاف الأسر النازحة من العودة": kept from going back; "لم تعد": not back
                if lex.cue(self.word(k)) == "returned" or lex.cue(strip_conj(self.word(k))) == "returned":
                    return "returned"
        # 000b. the next item of a plain list, right after the figure before and its adjectives: "15 أسيراً سعودياً
        #       و3 سودانيين" (the noun of the figure before is no cue of this one)
        if prev is not None and prev.metric not in (None, "other") and self.word(f.hedge_tok - 1) == "و" \
                and f.unit_tok >= 0 and not lex.cue(self.word(f.unit_tok)) \
                and not self._cue_at(max(f.last, f.unit_tok) + 1, back=False):
            gap = range(max(prev.last, prev.unit_tok) + 1, f.hedge_tok - 1)
            if len(gap) <= 2 and all(self.toks[k].kind == "word" and not lex.cue(self.word(k)) for k in gap) \
                    and self.compatible(f, prev.metric) == prev.metric:
                return prev.metric
        # 00. a definite number after a noun of harm or movement: "جثث القتلى الثلاثة" (the three dead)
        if f.first == f.last and self.word(f.first) in _DEFINITE_NUMBERS and lex.metric_noun(self.word(f.first - 1)) \
                and (noun := lex.cue(self.word(f.first - 1))) is not None:
            return noun
        # 0. the people a household figure comprises: "عودة ٧٤٢ أسرة تضم ٣٦١٥ فرداً": the figure before's metric
        if prev is not None and prev.metric not in (None, "other") and prev.unit in ("households", "families") \
                and strip_conj(self.word(f.hedge_tok - 1)) in _COMPRISING and prev.last < f.hedge_tok - 1:
            return prev.metric
        # 0. people after their noun who received aid ("١٣٥ ألف نازح ... تسلموا طروداً غذائية"), or who are held in
        #    detention centres ("3 آلاف مهاجر ولاجئ لا يزالون عالقين في مراكز احتجاز"): aid reached them; held
        noun = strip_conj(self.word(f.unit_tok)) if f.unit_tok >= 0 else ""
        if noun and (lex.cue(noun) in ("displaced", "refugees", "idps", "returned") or noun in _MIGRANT_NOUNS):
            after = [strip_conj(self.word(k)) for k in range(max(f.last, f.unit_tok) + 1,
                                                             min(self.b, max(f.last, f.unit_tok) + 9))]
            cut = next((k for k, w in enumerate(after) if not w), len(after))  # up to a mark or a number
            if any(w in _RECEIVED for w in after[:cut]):
                return "other"
            if any(w in _HELD_WORDS or (w == "مراكز" and k + 1 < cut and after[k + 1] == "احتجاز")
                   for k, w in enumerate(after[:cut])):
                return "detained"
        # 0a. a size given in passing: "طاقم السفينة، البالغ عددهم 25 بحارا،": how many there were
        if self.word(f.hedge_tok - 1).startswith("عدد") and self.word(f.hedge_tok - 2) in _AMOUNTING:
            return "other"
        if strip_conj(self.word(f.hedge_tok - 1)) == "اسر" and (
                f.unit in ("fighters", "soldiers") or strip_conj(self.word(max(f.last, f.unit_tok) + 1)) in _OTHERS):
            return "captured"  # "وأسر 73 آخرين", "أسر 14 مسلحا": taken prisoner (not أسر, families, after a number)
        # 0b. arrivals: "وصل أكثر من 16,400 أسرة (نحو 82,000 فرد) إلى محلية طويلة": moved there (abroad or not is
        #     told by :meth:`refine`); never "وصل عدد القتلى إلى 40", whose figure comes after the place word
        if (not f.unit or lex.cue(self.word(f.unit_tok)) in (None, "displaced", "refugees", "idps")) and (
                (_arrive_verb(self.word(f.hedge_tok - 1)) and self._arrived_in(f)
                 and strip_conj(self.word(f.last + 1)) != "منها")  # (not "وصل 800 منها إلى طاقتها القصوى")
                or (_arrive_verb(self.word(max(f.last, f.unit_tok) + 1))
                    and any(self.word(k) in ("الي", "الى") for k in range(max(f.last, f.unit_tok) + 2,
                                                                        min(self.b, max(f.last, f.unit_tok) + 4)))
                    and not self.word(max(f.last, f.unit_tok) + 3).startswith(("مستشف", "المستشف")))):
            return "displaced"  # also "أكثر من 16 ألف أسرة وصلت إلى محلية طويلة": the verb after its subject
        # 0a0. the whole a part is taken from ("دمّر 15 من أصل 18 مركبة"), or how many live in a place
        #      ("المدينة التي يقطنها أكثر من 120 ألف نسمة"): a size, not a tally
        if (self.word(f.hedge_tok - 1) == "اصل" and self.word(f.hedge_tok - 2) == "من") \
                or strip_conj(self.word(f.hedge_tok - 1)) in _DWELLING:
            moved = lex.cue(self.word(f.unit_tok)) if f.unit_tok >= 0 else \
                lex.cue(strip_conj(self.word(f.last + 1)))
            if moved in ("displaced", "refugees", "idps"):
                # "مخيمات يقطنها 250 ألف نازح": who live there are displaced; "من أصل 10 ملايين نازح", "من أصل
                # نحو مليون و100 ألف نزحوا عنها": the displaced a part is taken from are still counted as displaced
                return moved
            own = self.word(max(f.last, f.unit_tok) + 1)
            if f.unit in _PEOPLE_UNITS and _verb_form(own) and lex.cue(own) in ("killed", "wounded", "detained"):
                return lex.cue(own)  # "من أصل 312 مدنياً قُتلوا": the whole is a toll of its own
            return "other"
        # 0a0b. people who refrain from returning, and shelters that took people in: "عزوف نحو 300 أسرة عن
        #       العودة" (still displaced), "مراكز الإيواء استقبلت 2,300 أسرة" (sheltered there)
        if strip_conj(self.word(f.hedge_tok - 1)) in _REFRAINING and any(
                lex.cue(self.word(k)) == "returned" for k in range(f.last + 1, min(self.b, f.last + 6))):
            return "displaced"
        if strip_conj(self.word(f.hedge_tok - 1)) in _TOOK_IN or (
                self.word(f.hedge_tok - 1) == "الان" and self.word(f.hedge_tok - 2) == "حتي"
                and strip_conj(self.word(f.hedge_tok - 3)) in _TOOK_IN):
            k = f.hedge_tok - (3 if self.word(f.hedge_tok - 1) == "الان" else 1)
            if any(lex.strip_article(strip_conj(self.word(i))) in _SHELTERS for i in range(max(self.a, k - 6), k)):
                return "idps"
        if (f.unit in _PEOPLE_UNITS or f.unit == "households") and f.unit not in ("fighters", "soldiers"):
            # the verb first, then the shelter: "استقبل مخيم السويداء شرق مدينة مأرب ما يصل إلى ٧٠٠ أسرة"
            for k in range(f.hedge_tok - 2, max(self.a, f.hedge_tok - 8) - 1, -1):
                if strip_conj(self.word(k)) in _TOOK_IN:
                    if (w := lex.strip_article(strip_conj(self.word(k + 1)))) in _SHELTERS or w in _CAMP_WORDS:
                        return "idps"
                    break
                if strip_conj(self.word(k)) in _HOLDS:
                    if lex.strip_article(strip_conj(self.word(k + 1))) in _CAMP_WORDS \
                            and (f.unit_tok < 0 or lex.cue(self.word(f.unit_tok)) is None):  # (not "79 ألف لاجئ")
                        return "idps"  # "يضم المخيم حالياً 1,340 عائلة"
                    break
        if strip_conj(self.word(f.hedge_tok - 1)) in _STAYING and (f.unit in _PEOPLE_UNITS or f.unit in (
                "households", "families")) and f.unit not in ("fighters", "soldiers") and self.word(j) == "في" and any(
                (w := lex.strip_article(strip_conj(self.word(k)))) in _SHELTERS or w in _CAMP_WORDS
                or (w.endswith(("تين", "تان")) and w[:-3] + "ة" in _SHELTERS)  # a dual: "مدرستين"
                for k in range(j + 1, min(self.b, j + 4))):
            return "idps"  # "وتقيم نحو 90 عائلة في مدرستين", "يعيش 400 شخص في مخيم": where the displaced stay
        if strip_conj(self.word(f.hedge_tok - 1)) in ("خروج", "اخراج") and f.unit in _PEOPLE_UNITS \
                and self.word(max(f.last, f.unit_tok) + 1) == "من" \
                and any(strip_conj(self.word(k)) in _SECURED for k in range(max(self.a, f.hedge_tok - 5), f.hedge_tok - 1)):
            # "أمّنت قواتنا خروج أكثر من 1200 عائلة من القضاء": people brought out, evacuated (not "خروج ألفي
            # سوري من لبنان", who left to go home)
            return "displaced"
        if self.word(f.hedge_tok - 1) == "البلاد" and strip_conj(self.word(f.hedge_tok - 2)) in ("دخل", "دخلت") \
                and (f.unit in _PEOPLE_UNITS or not f.unit):
            return "refugees"  # "فقد دخل البلاد أكثر من ٣٥٠ ألف شخص عبر معبري أرقين وقسطل": people who entered the country
        c = f.hedge_tok - 1 - (self.word(f.hedge_tok - 1) in ("وحدها", "وحده"))  # ("تستضيف تركيا وحدها قرابة")
        if strip_conj(self.word(c - 1)) in _TOOK_IN and is_country(self.word(c), ""):
            return "refugees"  # "استقبلت مصر ما يزيد على 500 ألف": a country took them in
        # 0a1. "القضاء على (237) إرهابيا": put an end to them, killed
        if self.word(f.hedge_tok - 1) == "علي" and (f.unit in _PEOPLE_UNITS or not f.unit) and (
                strip_conj(self.word(f.hedge_tok - 2)) in _PUT_AN_END
                # "قضت وحدات من الجيش، بالتعاون مع القوات الرديفة، على 17 إرهابياً": the verb, its subject, then على
                or any(strip_conj(self.word(k)) in _PUT_AN_END and _verb_form(self.word(k))
                       for k in range(max(self.a, f.hedge_tok - 14), f.hedge_tok - 2))):
            return "killed"
        # 0a2. people who go with them: "يرافقهم 190 مرافقا" (companions of the wounded), never the wounded
        if strip_conj(self.word(f.hedge_tok - 1)) in _ACCOMPANYING:
            return "other"
        # 0a3. what supplies suffice for or a place holds: "مستلزمات تكفي لعلاج 50 جريحاً", "تتسع لـ500 شخص": a
        #      capacity, no one counted
        if strip_conj(self.word(f.hedge_tok - 1)) in _CAPACITY or strip_conj(self.word(f.hedge_tok - 2)) in _CAPACITY:
            return "other"
        if self.word(f.hedge_tok - 1) in ("لاستقبال", "لايواء") and any(
                strip_conj(self.word(k)) in _DESIGNED for k in range(max(self.a, f.hedge_tok - 5), f.hedge_tok - 1)):
            return "other"  # "الموقع الذي صُمم في الأصل لاستقبال 12 ألف شخص": what it was built for
        # 0b2. injuries counted: "21 شهيداً وأكثر من 200 إصابة" (not "مقتل 31 مدنياً وإصابة 40": a cue of its own)
        if f.kind in ("digits", "words") and self.word(f.last + 1) in ("اصابة", "اصابات", "الاصابات"):
            return "wounded"
        # 0c. lives taken: "أودت بحياة 7 عائدين": killed, whoever they were
        if self.word(f.hedge_tok - 1) in ("بحياة", "بارواح") or (
                self.word(f.hedge_tok - 1) in _HEDGE_GLUE and self.word(f.hedge_tok - 2) in ("بحياة", "بارواح")):
            return "killed"
        # 0d. aid given out to people: "وزعت حصصاً غذائية على 2,100 أسرة نازحة": whom it reached
        if self.word(f.hedge_tok - 1) in ("علي", "الي") and self._handed_out(f.hedge_tok - 1):
            return "other"
        # 0d2. aid for people, after a joined ل: "قدّمت مساعدات نقدية لـ٢٬٤٠٠ أسرة عائدة": whom it reached
        if (self.toks[f.hedge_tok].text.startswith("ل") or self.word(f.hedge_tok - 1) == "ل") and any(
                lex.strip_article(strip_conj(self.word(k))) in _AID_NOUNS or strip_conj(self.word(k)) in _HANDING_OUT
                for k in range(max(self.a, f.hedge_tok - 6), f.hedge_tok)):
            return "other"
        # 0d3. people who benefited from aid or were helped: "الحملة التي استفاد منها نحو 22 ألف نازح", "ساعدت نحو
        #      40 ألف عائد على مواصلة رحلتهم": whom it reached
        if any(strip_conj(self.word(k)) in _BENEFITED for k in range(max(self.a, f.hedge_tok - 3), f.hedge_tok)) \
                or strip_conj(self.word(f.hedge_tok - 1)) in _HELPED:
            return "other"
        # 0d4. people out of touch, or taken to safety: "شخصين فُقد الاتصال بهما" (missing); "نقلت 23 عاملا
        #      أجنبيا إلى أماكن آمنة" (moved out of harm's way)
        if f.unit in _PEOPLE_UNITS or not f.unit:
            j = max(f.last, f.unit_tok) + 1
            if strip_conj(self.word(j)) == "فقد" and self.word(j + 1) == "الاتصال":
                return "missing"
            if self._to_safety(j):
                return "displaced"
            if self._living_in_camps(j):
                return "displaced"  # "نحو 60 ألفاً من أبناء الرقة يقيمون في مخيمات النزوح": the displaced
            if any(strip_conj(self.word(k)) in _STILL_VERBS and self.word(k + 1) == "تحت"
                   and lex.strip_article(strip_conj(self.word(k + 2))) in _RUBBLE for k in range(j, min(self.b, j + 2))):
                return "missing"  # "نحو عشرة أشخاص لا يزالون تحت الركام": still under the rubble
        if (f.unit in _PEOPLE_UNITS or f.unit == "households" or not f.unit) \
                and strip_conj(self.word(f.hedge_tok - 1)) in _STILL_VERBS and any(
                    self.word(k) == "تحت" and lex.strip_article(strip_conj(self.word(k + 1))) in _RUBBLE
                    for k in range(max(f.last, f.unit_tok) + 1, min(self.b, max(f.last, f.unit_tok) + 5))):
            return "missing"  # "ولا تزال ثلاث عائلات بكامل أفرادها تحت ركام منازلها": the verb first, the rubble after
        # 0. damage right before: "وتضرر نحو 20 منزلا": damaged, not destroyed; but "دُمّر أو تضرر ما لا يقل عن 120
        #    مبنى": destroyed or damaged, read as destroyed (as "destroyed or damaged" in English)
        for j in range(max(self.a, f.hedge_tok - 2), f.hedge_tok):
            if strip_conj(self.word(j)) in _DAMAGED:
                if j - 2 >= self.a and self.word(j - 1) == "او" and lex.cue(strip_conj(self.word(j - 2))) == "destroyed":
                    return "destroyed"
                return "other"
        if f.unit in _THING_UNITS and strip_conj(self.word(f.hedge_tok - 1)) in _REACHED_THINGS and any(
                lex.cue(self.word(k)) == "destroyed" or strip_conj(self.word(k)) in _DEMOLITION
                for k in range(max(self.a, f.hedge_tok - 8), f.hedge_tok - 1)):
            return "destroyed"  # "113 عملية هدم ... طالت 167 منشأة", "عمليات تفجير وتجريف طالت عشرات المنازل": what
            # the demolitions reached
        if self.word(f.hedge_tok - 1) == "عن" and strip_conj(self.word(f.hedge_tok - 2)) == "ثم" \
                and prev is not None and prev.metric == "released":
            return "released"  # "الإفراج عن ١٢٥ محتجزاً ثم عن 38 آخرين": a second release
        # 0e1. the other side of an exchange of people freed: "706 من أسرى الحوثيين مقابل 181 من القوات الحكومية"
        if strip_conj(self.word(f.hedge_tok - 1)) == "مقابل" and prev is not None and prev.metric == "released" \
                and (f.unit in _PEOPLE_UNITS or not f.unit):
            return "released"
        # 0e2. the kin of people harmed or held: "1,300 عائلة من عائلات المفقودين", "إبلاغ 1,460 عائلة بمصير ذويها":
        #      the families, no one counted as missing
        if f.unit == "households":
            j = max(f.last, f.unit_tok) + 1
            if strip_conj(self.word(j)).startswith("بمصير") or (
                    self.word(j) == "من" and lex.strip_article(strip_conj(self.word(j + 1))) in _KIN_WORDS
                    and lex.metric_noun(self.word(j + 2))):
                return "other"
        # 0e3. set free, the freeing named before its subject and "عن": "إفراج قوات النظام عن 12 شخصاً من مراكز
        #      الاحتجاز" (released, whatever place they were held in)
        if self.word(f.hedge_tok - 1) == "عن" and (f.unit in _PEOPLE_UNITS or not f.unit) and any(
                lex.cue(self.word(k)) == "released" for k in range(max(self.a, f.hedge_tok - 5), f.hedge_tok - 1)) \
                and not any(self.punct(k) for k in range(max(self.a, f.hedge_tok - 5), f.hedge_tok - 1)):
            return "released"
        # 0e4. cases that turned into another: "97 من حالات الاعتقال تحولت إلى حالات اختفاء قسري": what they became
        if (became := self._became(f)) is not None:
            return became
        # 1. the counted noun is a metric word, or a metric word follows it
        if f.unit_tok >= 0:
            w = self.word(f.unit_tok)
            if lex.metric_noun(w) or f.kind == "dual":
                m = self._cue_at(f.unit_tok, back=False)
                if m in ("detained", "missing", "displaced", "refugees") and \
                        (harm := self._left_cue(f, near=True)) in ("killed", "wounded"):
                    return harm  # "وفاة 3 معتقلين": the death of three detainees
                if m in ("detained", "missing", "displaced", "refugees") and self.word(f.unit_tok - 1) == "من" \
                        and (harm := self._right_cue(f)) in ("killed", "wounded"):
                    return harm  # "53 من المعتقلين، جلّهم من الأطفال، أصيبوا بالرصاص": some of them, hurt
                if m == "wounded" and self.word(f.unit_tok - 1) == "من" \
                        and lex.cue(self.word(f.hedge_tok - 1)) == "killed":
                    return "killed"  # "قبل أن يفارق 25 من المصابين الحياة", "وفاة اثنين من المصابين": the wounded who died
                if m == "detained" and prev is not None and prev.metric == "released" \
                        and (strip_conj(self.word(f.hedge_tok - 1)) in _BREAKDOWN
                             or (max(prev.last, prev.unit_tok) + 2 >= f.first
                                 and (self.word(f.hedge_tok - 1) == "و" or self.toks[f.first].text.startswith("و")))):
                    return "released"  # "الإفراج عن 887 محتجزا، بواقع 706 من أسرى الحوثيين": a part of those freed;
                    # "أفرج عن 5 أسرى و13 أسيرا": the next item of those freed
                if m in ("detained", "missing") and self.word(f.unit_tok + 1) != "او" and self._right_cue(f) == "killed":
                    return "killed"  # "27 معتقلاً من القطاع استشهدوا في معسكرات الاحتجاز": died while held
                if m:
                    if lex.cue(w) in ("refugees", "displaced", "idps") and (
                            self._returned_before(f) or self._returned_after(f)):
                        return "returned"
                    if m in ("detained", "missing") and (self._left_cue(f, near=False) in ("released", "returned")
                                                         or self._freed(f) or self._released_after(f)):
                        # "تحرير مختطفين اثنين": freed (the word alone names groups: تحرير الشام); "104 محتجزين
                        # أُفرج عنهم": detainees who were let go; "عاد 640 محتجزا سابقا": who went home
                        return "released"
                    return m
        m = self._adjective(f)
        if m in ("displaced", "refugees", "idps") and (self._returned_before(f) or self._returned_after(f)):
            return "returned"  # "عودة نحو 600 أسرة نازحة إلى قراها": displaced families who went home
        if m:
            return m
        # "آخرين": others, counted like the figure before
        nxt = self.word(max(f.last, f.unit_tok) + 1)
        if (strip_conj(nxt) in _OTHERS or strip_conj(nxt) == "اخري") and last is not None \
                and last.metric and last.metric != "other":
            near = self._left_cue(f, near=True) or self._right_cue(f)  # "40 شخصا آخرين أصيبوا"
            if f.unit in _THING_UNITS and near not in (None, "destroyed", "captured", "intercepted"):
                near = None  # "4 آليات أخرى وشاحنة حاولت الفرار": the truck fled; things are not displaced
            # "دمّر الطيران 4 آليات"; "واحتجزت قوات الدعم السريع ستة آخرين": the verb, its subject, the figure
            near = near or self._left_cue(f, near=False)
            return near or last.metric
        # 2. a cue right before
        if f.unit == "sites" and self._freed(f):
            return "captured"  # "تحرير 5 قرى": places taken back
        if f.unit in _PEOPLE_UNITS and self._freed(f):
            return "released"  # "وحررت القوات 14 مدنيا": people freed
        m = self._left_cue(f, near=True)
        if m == "intercepted" and f.unit in _PEOPLE_UNITS:
            m = None  # "اعتُرض 4,585 مهاجراً في البحر وأُعيدوا": what befell them after
        if m == "other" and strip_conj(self.word(f.hedge_tok - 1)) in _RESCUED \
                and (harm := self._right_cue(f)) in ("killed", "wounded"):
            return harm  # "أنقذت سبعة أشخاص أصيبوا بجروح": rescued, and hurt
        if m:
            return m
        # 2b. a toll frame
        m = self._frame(f)
        if m:
            return m
        # 2c. a label and a colon before the figure: "- نزوح جديد: ٢٬٤١٨ أسرة", "عودة: ١٬١٠٥ أسر"
        if self.punct(f.hedge_tok - 1) and self.toks[f.hedge_tok - 1].text == ":":
            label = [self.toks[j].text for j in range(self.a, f.hedge_tok - 1) if self.toks[j].kind == "word"]
            if 0 < len(label) <= 8 and not any(self.toks[j].kind == "num" and j not in self.non_counts
                                               for j in range(self.a, f.hedge_tok - 1)):
                cue = next((m for m in map(lex.cue, label) if m and m != "other"), None)
                if cue is not None:
                    return cue
        # 2e. a toll that rose to the figure, named after it: "ارتفع إلى 23 عدد المدنيين الذين ... استشهادهم"
        after = max(f.last, f.unit_tok) + 1
        if self.word(f.hedge_tok - 1) in ("الي", "الى") and strip_conj(self.word(f.hedge_tok - 2)) in _TOLL \
                and strip_conj(self.word(after)) in ("عدد", "حصيلة", "الحصيلة"):
            for k in range(after + 1, min(self.b, after + 14)):
                if self.punct(k) and self.toks[k].text in (".", "؛", ";"):
                    break
                cue = lex.cue(self.word(k))
                if cue and cue != "other":
                    return cue
        # 2f. "ارتفاع عدد المدنيين الذين قضوا ... إلى 42": a toll named well before the figure it rose to
        if self.word(f.hedge_tok - 1) in ("الي", "الى"):
            for k in range(f.hedge_tok - 2, max(self.a - 1, f.hedge_tok - 32), -1):
                if self.toks[k].kind == "num" and (self.word(k - 1) in ("ال", "الـ") or strip_conj(self.word(k - 2))
                                                   in _TIME_PLURALS or lex.strip_article(self.word(k + 1))
                                                   in _DURATION_WORDS):
                    continue  # "خلال الساعات الـ 48 الفائتة": a duration on the way
                if self.toks[k].kind == "num" or (self.punct(k) and self.toks[k].text in (".", "؛", ";", ":")):
                    break
                if strip_conj(self.word(k)) == "عدد" and strip_conj(self.word(k - 1)) in _TOLL:
                    cue = next((c for c in (lex.cue(self.word(j)) for j in range(k + 1, f.hedge_tok - 1))
                                if c and c != "other"), None)
                    if cue is not None:
                        return cue
                    break
        # 2d. "in addition to" before the figure: the harm or movement of the figure before ("بالإضافة إلى 49 عنصرا")
        if self.word(f.hedge_tok - 1) in ("الي", "الى") and strip_conj(self.word(f.hedge_tok - 2)) in _IN_ADDITION:
            before = prev if prev is not None else last
            if before is not None and before.metric not in (None, "other"):
                return before.metric
        # 3. a breakdown word before: the previous figure's metric
        pj = f.hedge_tok - 1
        if self.punct(pj) and self.toks[pj].text in (":", "،", ",", "("):
            pj -= 1
        pw = self.word(pj)
        if strip_conj(pw) in _BODIES and pj - 1 >= self.a and strip_conj(self.word(pj - 1)) in _BREAKDOWN:
            pj -= 1  # "انتشال 9 جثث ...، بينها جثتا طفلين": the bodies of a part, after the breakdown word
            pw = self.word(pj)
        glued = f.kind == "singular" and self.word(f.first).startswith("و") \
            and max(prev.last, prev.unit_tok) + 1 == f.hedge_tok if prev is not None else False
        attached = f.kind in ("singular", "dual", "words") and self.toks[f.first].text.startswith("و") \
            and (f.kind != "words" or strip_conj(self.toks[f.first].text) != self.toks[f.first].text)
        # ("ومواطنان اثنان", "وثلاثة عشر أسيراً": a number word with the conjunction glued to it)
        if prev is not None and prev.metric and (prev.breakdown or prev.metric not in ("other", None)) and (
                glued or (attached and self._next_item(prev, f)) or self.word(f.hedge_tok - 1) == "و" and (
                    (prev.breakdown and max(prev.last, prev.unit_tok) + 2 == f.hedge_tok) or self._next_item(prev, f))):
            f.breakdown = True  # the next item of a breakdown: "بينهم 15 طفلا و22 امرأة"
            k = max(f.last, f.unit_tok) + 1
            if strip_conj(self.word(k)) in ("حالة", "حالات") and k + 1 < self.b:
                k += 1  # "و٥ حالات إخفاء قسري": the cases' own kind
            own = self._cue_at(k, back=False)
            if own and k + 1 < self.b and (self.toks[k + 1].kind == "num" or read_number(self.toks, k + 1) is not None
                                           or lex.dual(self.word(k + 1)) or lex.person(self.word(k + 1))):
                own = None  # "بينهم طفلان وامرأة وأصيب 23 آخرون", "رجل وزوجته وإصابة ابنتيهما": a figure of its own
            return own or prev.metric  # "... و497 شخصا أصيبوا": an item with its own verb
        if prev is None and f.unit in _THING_UNITS and strip_conj(pw) in ("منها", "بينها"):
            # "صادرت القوات كميات من الأسلحة والذخائر، منها ٦٠٠ قطعة سلاح": a part of things named with no figure,
            # seized or destroyed by the verb before them
            for k in range(pj - 1, max(self.a, pj - 12) - 1, -1):
                if (c := lex.cue(self.word(k))) in ("captured", "destroyed"):
                    return c
        if prev is None and f.unit in _PEOPLE_UNITS and pw in ("بينهم", "وبينهم"):
            # "قتل مقاتلو الفصائل في اشتباكات ...، ومن بينهم 12 مقاتلا", "سقط معظم قتلى قوات النظام، وبينهم
            # ضابطان": a part of people the verb or noun before counted with no figure
            for k in range(pj - 1, max(self.a, pj - 24) - 1, -1):
                if self.toks[k].kind == "num" or (self.punct(k) and self.toks[k].text in (".", "؛", ":")):
                    break
                if self.toks[k].kind == "word" and (c := lex.cue(self.word(k))) in PEOPLE_METRICS:
                    return c
        if pw in ("هم", "وهم") and (noun := self.word(pj - 1)) and lex.metric_noun(noun) \
                and lex.cue(noun) not in (None, "other"):
            return lex.cue(noun)  # "والقتلى هم 41 مدنيا": the dead are 41, whatever the sentence before counted
        if prev is not None and prev.metric and (pw in _BREAKDOWN or strip_conj(pw) in _BREAKDOWN
                                                 or self.word(pj - 1) in ("من",) and pw in ("بينهم", "ضمنهم")
                                                 or pw in ("بمعدل", "اي") or self.toks[f.hedge_tok - 1].text == "("):
            if prev.unit in _THING_UNITS and strip_conj(pw) in ("بينهم", "منهم", "ضمنهم"):
                # "تدمير 314 منشأة، وإلى أن نحو 2.2 مليون طفل يعانون من سوء التغذية، بينهم 460 ألفاً": "among them"
                # is of people, not of the things counted before
                return None
            f.breakdown = pw not in ("بمعدل", "اي") and self.toks[f.hedge_tok - 1].text != "("
            return prev.metric
        # 3b. a breakdown that opens the sentence refers to the figure before it ("ومن بين هؤلاء 20 طفلا")
        if prev is None and last is not None and last.metric and last.metric != "other":
            for j in range(f.hedge_tok - 1, max(self.a - 1, f.hedge_tok - 9), -1):
                if self.toks[j].kind == "num" or self.punct(j) and self.toks[j].text in (".", "؛"):
                    break
                w = strip_conj(self.word(j))
                if w in _BREAKDOWN or w == "هؤلاء" or self.word(j) in _BREAKDOWN:
                    if any(self.toks[k].kind == "num" or read_number(self.toks, k) is not None
                           for k in range(max(self.a, j - 4), j)) \
                            or (f.kind != "singular"
                                and any((self.toks[k].kind == "num" or strip_conj(self.toks[k].text) in SCALES)
                                        and k not in self.non_counts for k in range(self.a, j))):
                        # "أنقذوا 43 ناجيا، بينهم طفلان", "2.2 مليون طفل يعانون من سوء التغذية، بينهم 460 ألفا": the
                        # breakdown of a figure of the same sentence that counts no harm
                        return None
                    named = self.word(j - 1)
                    if j - 1 >= self.a and lex.metric_noun(named) and lex.cue(named) not in (None, "other"):
                        return lex.cue(named)  # "أما الجرحى فبينهم 29 طفلا": the wounded's breakdown
                    named = self.word(j + 2)
                    if strip_conj(self.word(j + 1)) == "بين" and j + 2 < f.hedge_tok and lex.metric_noun(named) \
                            and lex.cue(named) not in (None, "other"):
                        return lex.cue(named)  # "ومن بين شهداء اليوم ممرض": among the dead named there
                    return last.metric
        # 4. a cue after the noun, same clause ("forced ... to flee" first: what they were forced to do)
        m = self._forced_to(f) or self._right_cue(f)
        if m and self._and_verb_of_its_own(f) and (left := self._left_cue(f, near=False)) is not None:
            return left  # "وقتل في الهجوم 5 من الجنود وأصيب 12 آخرون": "وأصيب" is the next figure's verb
        if m == "other" and (left := self._left_cue(f, near=False)) in PEOPLE_METRICS:
            return left  # "قتل خلال هذه المدة 1146 مدنياً، وتوزعت المسؤولية عن قتلهم": the verb before, not the
            # sharing out of blame after
        if m and not (f.unit in _THING_UNITS and m in PEOPLE_METRICS):
            return m  # (but "وشاحنة ذخيرة حاولت الفرار": a truck that fled is no one displaced; read on)
        after = max(f.last, f.unit_tok) + 1
        if self.punct(after) and strip_conj(self.word(after + 1)) in _ASIDE_OPEN:
            # "عبر أكثر من 300 ألف شخص، غالبيتهم من السوريين، الحدود": past the aside
            after = next((k + 1 for k in range(after + 1, min(self.b, after + 10)) if self.punct(k)), after)
        if strip_conj(self.word(f.hedge_tok - 1)) == "عبر" and (any(
                lex.strip_article(self.word(k)) in ("حدود",)
                for k in {*range(f.last + 1, min(self.b, f.last + 4)), *range(after, min(self.b, after + 3))})
                or self._into_country(after)):
            if self._into_own_country(f, after):
                return "returned"  # "عبر أكثر من 310 آلاف سوري الحدود إلى سورية": people of a country going home
            return "refugees"  # "عبر أكثر من 4 ملايين سوداني الحدود", "عبر 400 ألف شخص من لبنان إلى الأراضي
            # السورية": crossed the border (عبر alone: "via")
        of = strip_conj(self.word(max(f.last, f.unit_tok) + 1))
        if of in ("منهم", "منهن") and strip_conj(self.word(f.hedge_tok - 1)) in _HANDED_OVER \
                and self.word(max(f.last, f.unit_tok) + 2) in ("الي", "الى") \
                and strip_conj(self.word(max(f.last, f.unit_tok) + 3)) in _THEIR_FAMILIES:
            return "released"  # "وجرى تسليم 35 منهم إلى ذويهم": handed back to their families
        if of in ("منهم", "منهن") and not f.unit and (group := self._group_named_before(f, last)) is not None:
            return group  # "قدمت العلاج للمصابين، ونقلت اثنين منهم": the people named between, not the figure before
        if (of in ("منهم", "منهن") or (of == "منها" and last is not None and self.a <= last.first < f.first
                                         and strip_conj(self.word(last.unit_tok if last.unit_tok >= 0 else last.last + 1))
                                         in _INJURY_NOUNS)) and not f.unit \
                and last is not None and last.metric and last.metric != "other":
            if last.metric in ("detained", "missing") and (fate := self._left_cue(f, near=False)) in AFTER_HELD_METRICS:
                return fate  # "وأفرج الحاجز عن ثلاثة منهم": what then befell some of those held
            return last.metric  # "ويحتمي نحو 200 ألف منهم في المدارس", "وُصفت حالة ثلاث منها بالخطيرة": a part of
            # the figure before
        if of == "منها" and not f.unit:
            k = next((k for k in range(f.hedge_tok - 1, max(self.a, f.hedge_tok - 8) - 1, -1)
                      if self.toks[k].kind == "num"), None)
            if k is not None and lex.thing(self.word(k + 1)):
                # "طال القصف 9 مستشفيات خرجت 4 منها عن الخدمة": a part of those things, as they were counted
                return prev.metric if prev is not None and prev.last == k else None
        # 5. a cue further before
        m = self._left_cue(f, near=False)
        if m:
            return m
        # 6. a list after another figure
        if prev is not None and prev.metric and prev.metric != "other" and f.first - prev.last <= 8:
            between = self.toks[prev.last + 1:f.hedge_tok]
            if not any(t.kind == "punct" and t.text in (".", "؛") for t in between):
                return prev.metric
        return None

    def _group_named_before(self, f: _Figure, last: _Figure | None) -> str | None:
        """The metric of a plural noun of people harmed or moved (للمصابين, النازحين) that lies in this sentence
        between the figure before and ``f`` (a part "منهم" of it): the group the part is taken from."""
        lo = self.a if last is None else max(self.a, last.last + 1, last.unit_tok + 1)
        for k in range(f.hedge_tok - 1, lo - 1, -1):
            w = strip_conj(self.word(k))
            if w.startswith(("ال", "لل", "بال")) and lex.metric_noun(w) and (cue := lex.cue(w)) in PEOPLE_METRICS \
                    and strip_conj(self.word(k - 1)) not in _OFFICE_OF:
                return cue  # a definite group (not "كل محتجز", nor the refugees of "مفوضية ... لشؤون اللاجئين")
        return None

    def _past_free(self, j: int) -> int:
        """The first token from ``j`` that is no free word ("لا يزالون قيد الاختفاء": the cue after them)."""
        while j < self.b and self.toks[j].kind == "word" and strip_conj(self.word(j)) in _FREE_WORDS:
            j += 1
        return j

    def _handed_out(self, to: int) -> bool:
        """Whether a verb of handing out governs the على/الى at token ``to``: within ten words before it, in
        the same clause ("وزع برنامج الأغذية العالمي حصصاً غذائية طارئة على 2,100 أسرة")."""
        for k in range(to - 1, max(self.a, to - 10) - 1, -1):
            if self.toks[k].kind == "punct":
                return False
            if strip_conj(self.word(k)) in _HANDING_OUT or self.word(k) in _HANDING_OUT:
                return True  # (a verb that begins with و itself: "وزعت السلطات ...")
        return False

    def _to_safety(self, j: int) -> bool:
        """Whether the words from token ``j`` (an adjective or two at most) go on "إلى أماكن آمنة" or "إلى مناطق
        آمنة": taken to safety."""
        for k in range(j, min(self.b, j + 3)):
            if self.word(k) in ("الي", "الى"):
                return lex.strip_article(self.word(k + 1)) in _SAFE_PLACES \
                    and lex.strip_article(self.word(k + 2)) in ("امنة", "امنه", "اكثر", "امن")
            if self.toks[k].kind != "word":
                return False
        return False

    def _into_country(self, j: int) -> bool:
        """Whether the clause from token ``j`` goes on "إلى" a country or its land within a few words
        ("من لبنان إلى الأراضي السورية", "إلى تشاد")."""
        for k in range(j, min(self.b, j + 6)):
            if self.punct(k) and self.toks[k].text in _CLAUSE_PUNCT:
                return False
            if self.word(k) in ("الي", "الى"):
                nxt = lex.strip_article(self.word(k + 1))
                return nxt in ("اراضي", "ارض") or is_country(self.word(k + 1), self.word(k + 2))
        return False

    def _into_own_country(self, f: _Figure, j: int) -> bool:
        """Whether the figure counts people of one nationality (its noun a demonym, سوري) and the clause from
        token ``j`` goes on "إلى" the country they are of, within a few words."""
        home = lex.DEMONYM_COUNTRY.get(lex.demonym(self.word(f.unit_tok)) or "") if f.unit_tok >= 0 else None
        if not home:
            return False
        for k in range(j, min(self.b, j + 6)):
            if self.punct(k) and self.toks[k].text in _CLAUSE_PUNCT:
                return False
            if self.word(k) in ("الي", "الى"):
                return country_code(self.word(k + 1), self.word(k + 2)) == home
        return False

    def _refuge_at_home(self, f: _Figure) -> str | None:
        """``idps`` or ``displaced`` for people who took refuge (لجأ) in a shelter or a place at home, named
        after إلى with no country in the clause; None otherwise (or "إلى تشاد", "إلى مخيمات في الأردن")."""
        j = max(f.last, f.unit_tok) + 1
        if strip_conj(self.word(j)) in ("منهم", "منهن"):
            j += 1
        if strip_conj(self.word(j)) in _REFUGE:
            j += 1  # "58 ألف مواطن لجأوا إلى 50 مدرسة": the verb after its subject
        elif not any(strip_conj(self.word(k)) in _REFUGE and self.word(k + 1) not in ("الي", "الى")
                     for k in range(max(self.a, f.hedge_tok - 3), f.hedge_tok)):
            # a frame before the figure: "عدد الذين لجأوا إلى مدارسها تجاوز 47 ألف شخص"
            for k in range(f.hedge_tok - 1, max(self.a, f.hedge_tok - 12), -1):
                if self.toks[k].kind == "num" or (self.punct(k) and self.toks[k].text in _CLAUSE_PUNCT):
                    return None
                if strip_conj(self.word(k)) in _REFUGE and self.word(k + 1) in ("الي", "الى"):
                    j = k + 1
                    break
            else:
                return None
        if self.punct(j) and self.toks[j].text in ("،", ",") and strip_conj(self.word(j + 1)) == "اي":
            # "لجوء 3,120 أسرة، أي ما يقارب 15 ألف فرد، إلى": an aside of the same people
            j = next((k + 1 for k in range(j + 2, min(self.b, j + 10)) if self.punct(k)), j)
        if self.word(j) not in ("الي", "الى"):
            return None
        found = None
        for k in range(j + 1, min(self.b, j + 9)):
            if self.punct(k) and self.toks[k].text in _CLAUSE_PUNCT:
                break
            if is_country(self.word(k), self.word(k + 1)):
                return None
            if found is None and self.toks[k].kind == "word" and k <= j + 3:
                w = lex.strip_article(strip_conj(self.word(k)))
                if w[-2:] in ("ها", "هم") and len(w) > 4:
                    w = w[:-2]  # "مدارسها": its schools
                found = "idps" if w in _SHELTERS else "displaced" if w in _HOME_PLACES else None
        return found

    def _freed(self, f: _Figure) -> bool:
        """Freeing right before the figure: تحرير, or a verb of freeing and its subject ("حررت القوات 9 رهائن")."""
        before = self.word(f.hedge_tok - 1)
        if any(form in _FREEING or form in _FREEING_VERBS for form in lex.forms(before)) \
                and not strip_conj(before).startswith(("ال", "بال")):
            return True  # (not "قبل التحرير نحو 1,150 عائلة": the liberation, an event; a noun that governs the
            # figure has no article)
        for k in range(f.hedge_tok - 2, max(self.a, f.hedge_tok - 4) - 1, -1):
            if self.toks[k + 1].kind != "word" or self.toks[k].kind != "word":
                return False
            if any(form in _FREEING_VERBS for form in lex.forms(self.word(k))):
                return True  # "وحرّرت وحدة خاصة خمسة مدنيين": the verb, a subject of up to two words
        return False

    def _released_after(self, f: _Figure) -> bool:
        """A verb of release right after held people, or after الذين/ممن: "104 محتجزين أُفرج عنهم"."""
        j = max(f.last, f.unit_tok) + 1
        if strip_conj(self.word(j)) in ("الذين", "ممن", "اللذين"):
            j += 1
        return any(k < self.b and self.toks[k].kind == "word" and lex.cue(self.word(k)) == "released"
                   for k in (j, j + 1)) or (  # "أُفرج عنهم", "أطلق سراحهم"
            strip_conj(self.word(j)) in _WENT_HOME and self.word(j + 1) in ("الي", "الى"))  # "887 محتجزاً عادوا إلى ديارهم"

    def _returned_after(self, f: _Figure) -> bool:
        """A verb of return right after the counted noun and up to two adjectives (٥٠٠ ألف لاجئ سوري عادوا، ٤٥ ألف
        لاجئ سوري مسجل عادوا); another cue first says something else."""
        for j in range(f.unit_tok + 1, min(self.b, f.unit_tok + 4)):
            if self.punct(j):
                return False
            cue = lex.cue(self.word(j)) if self.toks[j].kind == "word" else None
            if cue == "returned" and strip_conj(self.word(j)) not in _RETURNING and not self._kept_from(j):
                return True
            if cue is not None:
                return False
        return False

    def _returned_before(self, f: _Figure) -> bool:
        """A verb of return before the figure in its sentence (عاد 500 لاجئ, وعاد الخميس نحو 400 لاجئ)."""
        for j in range(max(self.a, f.hedge_tok - 6), f.hedge_tok):
            if lex.cue(self.word(j)) == "returned":
                return True
        return False

    def compatible(self, f: _Figure, metric: str) -> str:
        """Things are never killed or displaced, people never destroyed (but captured: taken prisoner): such a
        figure is ``other``."""
        if metric == "intercepted":  # "اعترضت 12 صاروخا", "تصدت لـ9 طائرات مسيرة": destroyed in flight
            return "destroyed" if f.unit in ("strikes", "aircraft", "") else "other"
        if (f.unit in ("strikes", "rounds") and metric == "captured"
                and lex.cue(self.word(f.hedge_tok - 1)) == "captured"):
            return "captured"  # "مصادرة 27 صاروخا": rockets seized
        if f.unit == "strikes" and metric == "destroyed" and lex.cue(self.word(f.hedge_tok - 1)) == "destroyed" \
                and strip_conj(self.word(f.unit_tok if f.unit_tok >= 0 else f.last + 1)) in _MISSILES:
            return "destroyed"  # "دمرت 6 صواريخ كانت معدة للإطلاق": missiles destroyed on the ground
        if f.unit in ("strikes", "rounds", "events", "nationalities", "names") \
                or (f.unit == "requests" and metric != "missing"):
            return "other"  # (flights and incidents too: "على متن 6 رحلات", "46 حادثة"; "50 جنسية"; "212 طلباً لإعادة
            # الروابط العائلية"; but tracing requests count the missing, "4 آلاف طلب بحث عن مفقودين")
        if metric in ("wounded", "casualties") and self._names_disease():
            return "other"  # "الإصابة بالكوليرا": infection, not a wound
        if metric in ("wounded", "casualties") \
                and any(strip_conj(self.word(k)) in _SICK for k in (f.last + 1, f.last + 2)):
            return "other"  # "أكثر من 12 ألف مريض وجريح بحاجة إلى العلاج": the sick with the hurt, no count of the hurt
        if f.unit in ("sites", "vehicles", "aircraft", "weapons", "items") and metric not in ("destroyed", "captured", "other"):
            return "other"
        if f.unit in _PEOPLE_UNITS and metric == "destroyed":
            return "other"
        if f.unit in ("fighters", "soldiers") and metric in ("displaced", "refugees", "idps"):
            return "other"  # "المسلحين الذين تمكنوا من الفرار ... بين 15 و20 مسلحاً": armed men who got away, not uprooted
        if metric == "captured" and f.unit in ("people", "civilians", "children", "women", "men"):
            return "detained"  # "ضبطت 382 مهاجرا": people seized are held, not prisoners of war
        if self.word(f.hedge_tok - 1) == "عدد" and not f.unit_tok > f.last:
            return "other"  # "أفران عدد 2": a quantity label in a list of things; but "انتشال عدد (12) جثة" (bodies) and
            # "تدمير عدد (27) عربة قتالية" (vehicles) count what follows
        return metric

    def refine(self, f: _Figure, metric: str) -> str:
        """``idps`` for displacement said to be internal (داخليا) or people sheltering (يحتمون في);
        ``returned`` for leaving to go home (غادروا ... عائدين إلى); ``released`` for detainees who went home
        (عاد 912 محتجزا سابقا إلى ديارهم)."""
        if metric == "returned" and lex.cue(self.word(f.unit_tok if f.unit_tok >= 0 else f.last + 1)) == "detained":
            return "released"
        if metric == "released" and any(strip_conj(self.word(k)) in _DEMAND
                                         for k in range(max(self.a, f.hedge_tok - 4), f.hedge_tok)):
            return "detained"  # "المطالبة بالإفراج عن آلاف المختطفين": a release asked for; they are still held
        if metric in ("displaced", "refugees", "idps"):
            j = max(f.last, f.unit_tok) + 1
            for k in range(j, min(j + 8, self.b)):
                if self.punct(k) and self.toks[k].text in _CLAUSE_PUNCT:
                    break
                if strip_conj(self.word(k)) in _RETURNING:
                    return "returned"
        if metric == "refugees" and (home := self._refuge_at_home(f)):
            return home  # "لجأ 1200 منهم إلى 5 مراكز إيواء": sheltering at home; "إلى القرى المجاورة": displaced
        if metric == "displaced":
            lo, hi = min(f.first, f.hedge_tok), min(self.b, max(f.last, f.unit_tok) + 5)
            while lo > max(self.a, min(f.first, f.hedge_tok) - 3) and not self.punct(lo - 1) \
                    and strip_conj(self.word(lo - 1)) not in _NEW_PART and self.word(lo - 1) not in _NEW_PART:
                lo -= 1  # "ويستضيف المخيم نحو 20 ألف نازح"; never past بينما, فيما or a comma
            for j in range(lo, hi):
                if self.toks[j].kind == "punct" and j > f.last:
                    break
                if strip_conj(self.word(j)) in _INTERNAL and not (
                        strip_conj(self.word(j + 1)) in _HOMES or self.word(j + 2) in ("وخارجها", "والخارج")
                        # "أُجبروا على النزوح داخل البلاد أو عبر الحدود": inside or abroad, both
                        or (self.word(j + 2) == "او" and strip_conj(self.word(j + 3)) in ("عبر", "خارج", "خارجها",
                                                                                         "الخارج"))):
                    return "idps"  # (not "عالقة داخل منازلها", trapped at home, nor "داخل البلاد وخارجها", both)
            for j in range(f.hedge_tok - 1, max(self.a, f.hedge_tok - 24) - 1, -1):  # (past a clause of when and
                # where: "عدد النازحين داخل السودان منذ اندلاع القتال بين ... في منتصف نيسان/أبريل تجاوز ...")
                if self.punct(j) and self.toks[j].text in (".", "؛", ";", ":") or self.toks[j].kind == "num":
                    break
                if strip_conj(self.word(j)) in _INTERNAL and lex.cue(self.word(j - 1)) == "displaced" \
                        and strip_conj(self.word(j - 2)) in ("عدد", "اجمالي"):
                    return "idps"  # "يرتفع إجمالي عدد النازحين داخليا في العراق ... إلى أكثر من ٢٫٩ مليون"
            if self._abroad(f):
                return "refugees"
        if metric == "idps" and self._abroad(f):
            return "refugees"  # "في حين عبر أكثر من 200 ألف آخرين الحدود إلى مصر": others, who left the country
        return metric

    def _abroad(self, f: _Figure) -> bool:
        """Whether the words right after the figure take its people abroad: a border, or إلى and a country."""
        j = max(f.last, f.unit_tok) + 1
        k = j
        while k < self.b and k - j < 6 and self.toks[k].kind != "punct":
            w = strip_conj(self.word(k))
            if w in ("المجاورة", "الجوار") and lex.strip_article(strip_conj(self.word(k - 1))) not in _COUNTRY_WORDS:
                k += 1
                continue  # "من القرى المجاورة": villages nearby, not neighbouring countries
            if w in _ABROAD or (w.startswith("ال") and w in _ABROAD):
                return True
            if self.word(k - 1) in ("الي", "نحو") and is_country(self.word(k), self.word(k + 1)):
                return True  # "فر 3000 شخص إلى الأردن": across a border
            k += 1
        return False

    # -- who, where, when ------------------------------------------------------------------------------

    def span_text(self, i: int, j: int) -> str:
        """The original text of tokens ``i``..``j`` (inclusive)."""
        return self.text[self.offs[self.toks[i].start]:self.offs[self.toks[j].end - 1] + 1]

    def attribution(self, f: _Figure, last_speaker: str = "") -> str:
        """Who the figure is credited to: the words after the trigger (وفق, بحسب, قال, أفاد, ...) nearest
        the figure, before it first. A trigger with no name after it ("وأضاف أن", "وأوضحت") takes
        ``last_speaker``, the last one named in the article."""
        best: tuple[int, str] | None = None
        bare = False
        for j in range(self.a, self.b):
            w = self.word(j)
            if not w or (w not in _ATTRIB and strip_conj(w) not in _ATTRIB and strip_conj(w) not in _CONTINUE):
                continue
            k = j + 1
            start = k
            end = k - 1
            while k < self.b and k - start < 7:
                t = self.toks[k]
                if k == start and t.kind == "word" and t.text in _ATTRIB_FILLER and start == j + 1:
                    # "أفادت به مصادر طبية", "أعلنت فيه وزارة الصحة": the pronoun of what was said, then who said it
                    # (and no one when a cue follows: "أعلنت فيه عودة 1284 عائلة")
                    if k + 1 < self.b and self.toks[k + 1].kind == "word" and lex.cue(self.toks[k + 1].text):
                        break
                    start = k = k + 1
                    end = k - 1
                    continue
                if t.kind == "num" or (t.kind == "punct" and t.text not in _QUOTES):
                    break
                if t.kind == "word" and (t.text in _ATTRIB_STOP or lex.cue(t.text)) and k > start:
                    break
                if k in self.figure_starts:
                    break  # a figure's hedge or vague word ends the name ("نقلت نحو 1600 شخص": carried, no one named)
                if t.kind == "word" and (t.text in _ATTRIB_STOP or t.text.startswith("عدد") or t.text in _HEDGE_OPENERS) \
                        and k == start:
                    break  # "قدر عددهم بخمسين": estimated their number, no one named (and a hedge of a share: "نحو ثلث")
                end = k
                k += 1
            if end < start or strip_conj(w) in _CONTINUE:
                bare = bare or j < f.first
                continue
            name = self.span_text(start, end).strip(" \"“”")
            if {w, strip_conj(w)} & {"وفقا", "طبقا", "نقلا"} and name.startswith("ل"):
                name = ("ا" + name[1:]) if name.startswith("لل") else name[1:]  # للمرصد: المرصد
            dist = (f.first - j) if j < f.first else (j - f.last) + 100
            if best is None or dist < best[0]:
                best = (dist, name)
        if best:
            return best[1]
        return last_speaker if bare or _CARRY_SPEAKER else ""

    def scope(self, f: _Figure, metric: str) -> str:
        """``site: <words as written>`` when the figure's clause puts the people it counts in one site (في
        المخيم, داخل ملاجئ مؤقتة, في مراكز الإيواء, في السجون, في قرية): a part, never set beside a national total
        (the English :mod:`analysis.claims.scope` reads the same kind); "" otherwise or for metric ``other``."""
        if metric == "other":
            return ""
        lo = f.hedge_tok - 1
        while lo > self.a and f.hedge_tok - lo <= 6 and not (self.punct(lo) and self.toks[lo].text in _CLAUSE_PUNCT):
            lo -= 1
        hi = max(f.last, f.unit_tok) + 1
        while hi < self.b and hi - f.last <= 14 and not (self.punct(hi) and self.toks[hi].text in _CLAUSE_PUNCT):
            hi += 1
        for j in range(max(self.a, lo), min(self.b, hi)):
            if f.hedge_tok <= j <= max(f.last, f.unit_tok):
                continue
            w = self.word(j)
            if not w:
                continue
            if strip_conj(w) in _SITE_PREPOSITIONS:
                for k in (j + 1, j + 2):
                    if k < self.b and any(form in _SITE_NOUNS for form in lex.forms(self.word(k))):
                        return "site: " + self.span_text(j, k)
            elif any(w.startswith(p) and w[len(p):] in _SITE_NOUNS for p in ("في", "بال", "وفي")):
                return "site: " + self.span_text(j, j)  # "بالمخيم", "فيالمخيم" written together
        return ""

    def period(self, f: _Figure) -> str:
        """The time phrase nearest the figure, as written: منذ/خلال + time words (خلال 72 ساعة, منذ بداية
        العام 2024, منذ بدء الحرب), اليوم/أمس + a weekday, العام/الشهر/الأسبوع + الماضي/الجاري."""
        best: tuple[int, str] | None = None
        covered = -1  # the last token of the phrase found before: a time word inside it starts none of its own
        for j in range(self.a, self.b):
            w = strip_conj(self.word(j))
            if not w or (w not in _PERIOD_START and w not in _DATE_START) or j <= covered:
                continue
            end = j
            k = j + 1
            if w in ("اليوم", "امس"):
                while k < self.b and k - j <= 2 and (self.word(k) in _WEEKDAYS or self.word(k) in ("الماضي",)):
                    end = k
                    k += 1
            elif w in _DATE_START:
                found = self._date_end(j)
                if found is None:
                    continue
                end = found
            else:
                while k < self.b and k - j <= 6:
                    t = self.toks[k]
                    word = strip_conj(t.text) if t.kind == "word" else ""
                    if not (t.kind == "num" or word in _TIME_WORDS or word in lex.MONTHS
                            or lex.strip_article(word) in lex.MONTHS or lex.strip_article(word) in lex.NON_COUNT_AFTER
                            or word in lex.NON_COUNT_AFTER or read_number(self.toks, k) is not None):
                        break
                    end = k
                    k += 1
                if end == j:
                    continue  # a bare منذ/خلال/العام: no time said
            covered = end
            dist = abs(j - f.first)
            if best is None or dist < best[0]:
                best = (dist, self.span_text(j, end))
        return best[1] if best else ""

    def _month_end(self, k: int) -> int | None:
        """The last token of a month name at ``k`` (تشرين الأول, آذار/مارس, آذار (مارس)), or None."""
        if lex.strip_article(self.word(k)) not in lex.MONTHS and self.word(k) not in lex.MONTHS:
            return None
        end = k
        if self.word(k + 1) in ("الاول", "الثاني") and self.word(k) in ("تشرين", "كانون"):
            end = k + 1
        if self.punct(end + 1) and self.toks[end + 1].text in ("/", "(") and self.word(end + 2) in lex.MONTHS:
            end += 2
            if self.punct(end + 1) and self.toks[end + 1].text == ")":
                end += 1
        return end

    def _year_at(self, k: int) -> bool:
        return self.a <= k < self.b and self.toks[k].kind == "num" and self._year(k)

    def _date_end(self, j: int) -> int | None:
        """The last token of a date or day phrase starting at ``j``, or None: في (يوم) 15 آذار (2012), في (شهر)
        آذار 2012, في (عام) 2016, يوم الخميس, الخميس الماضي, (في) عام 2016."""
        w = strip_conj(self.word(j))
        if w in _WEEKDAYS:
            return j + 1 if self.word(j + 1) in _LAST else None
        if w == "يوم":
            if self.word(j + 1) in _WEEKDAYS:
                return j + 2 if self.word(j + 2) in _LAST else j + 1
            return None
        k = j + 1 if w == "في" else j
        if self.word(k) in ("يوم", "شهر", "عام", "العام", "سنة"):
            k += 1
        if self._year_at(k) and self.word(j + (1 if w == "في" else 0)) in ("عام", "العام", "سنة", ""):
            return k
        day = k if self.a <= k < self.b and self.toks[k].kind == "num" and not self._year(k) else None
        if self.word(k) in _ORDINAL_DAYS:  # "في الخامس عشر من آذار"
            day = k + 1 if self.word(k + 1) in _ORDINAL_TEENS else k
        at = k if day is None else day + 1
        if day is not None and self.word(at) == "من":
            at += 1  # "في 15 من آذار"
        month = self._month_end(at)
        if month is None:
            return None
        if self._year_at(month + 1):
            return month + 1
        if self.word(month + 1) in ("عام", "العام", "سنة") and self._year_at(month + 2):
            return month + 2
        return month + 1 if self.word(month + 1) in _LAST else month  # "في أيار الماضي"


def _unit_word(f: _Figure, toks: list[Token]) -> str:
    """The row's ``unit``: the figure's English unit, a nationality as its demonym (آلاف السوريين: syrians)."""
    if f.unit == "people" and f.unit_tok >= 0 and toks[f.unit_tok].kind == "word":
        return lex.demonym(toks[f.unit_tok].text) or "people"
    return f.unit or ("" if f.metric in ("destroyed", "captured") else "people")


#: The gap between two cells of a table row written as text: a tab, a bar or a run of spaces.
_CELL_GAP = re.compile(r"\t|\||  ")


def _list_line(toks: list[Token], a: int, b: int, folded: str) -> bool:
    """Whether tokens ``a:b`` are a short line of their own (a heading or a line of a list): at most eight
    words outside brackets, a line end after them, no full stop."""
    words = depth = inside = 0
    dated = False  # a bracket with numbers in it (dates): a note, its words not counted
    for t in toks[a:b]:  # ("النزوح حسب المنطقة الفرعية (عدد الأشخاص، 29 نيسان - 9 أيار)")
        if t.kind == "punct" and t.text in ("(", ")"):
            depth = max(0, depth + (1 if t.text == "(" else -1))
        elif t.kind == "word":
            words += 1
            inside += bool(depth)
        elif t.kind == "num" and depth:
            dated = True
    if dated:
        words -= inside
    end = toks[b - 1].end
    rest = folded[end:end + 3]
    # (a bulleted line, or one that opens with its figure, may end in a full stop: "- 8 في عمليات اغتيال في محافظة
    # درعا.", "(10,600) طفل.")
    last = b - 1 if (toks[a].text in _BULLETS or toks[a].kind == "num") and toks[b - 1].text == "." else b
    # (dot leaders are no full stop: "المصابون .......... أكثر من ١٣٠٠")
    return words <= 8 and not (any(t.text in (".", "!", "؟") for t in toks[a:last] if t.kind == "punct")
                               and _STOP_MARK.search(folded, toks[a].start, toks[last - 1].end if last > a else end)) \
        and (rest.lstrip(" \t")[:1] in ("\n", "") or "\n" in rest)


#: A full stop that is no dot leader: one mark, not a run of dots.
_STOP_MARK = re.compile(r"(?<!\.)[.!\u061f](?!\.)")


#: Refraining from something (folded): "عزوف نحو 300 أسرة عن العودة" (they have not returned).
_REFRAINING = {lex.fold(w) for w in ("عزوف", "امتناع", "رفض", "إحجام", "احجام")}
#: What falls that kills no one (folded, no article): "سقوط النظام", the fall of a regime.
_FALLEN_RULE = {lex.fold(w) for w in ("نظام", "حكومة", "مدينة", "بلدة", "عاصمة", "امطار", "ثلوج", "قذيفة", "قذائف", "صاروخ")}
#: Words of residing (folded), in a label: "الأسر المقيمة في المخيمات".
_RESIDING = {lex.fold(w) for w in ("المقيمة", "المقيمين", "المقيمون", "القاطنة", "القاطنين", "المتواجدة", "الموجودة",
                                   "الموجودين")}
#: Taking people in (folded): "مراكز الإيواء استقبلت 2,300 أسرة".
_TOOK_IN = {lex.fold(w) for w in ("استقبلت", "استقبل", "تستقبل", "يستقبل", "استضافت", "تستضيف", "آوت", "تؤوي")}
#: Verbs of holding (folded), before a camp: "يضم المخيم حالياً 1,340 عائلة" (but "كان المبنى يضم 170 أسيراً": a
#: building that held prisoners).
_HOLDS = {lex.fold(w) for w in ("يضم", "تضم", "يحتضن", "تحتضن")}
#: Verbs of living in a place (folded), right before its population: "يقطنها أكثر من 120 ألف نسمة".
_DWELLING = {lex.fold(w) for w in ("يقطنها", "يقطنه", "يسكنها", "يسكنه", "يقطن", "يسكن", "تقطنها", "تسكنها")}
#: Verbs of still being somewhere (folded, after ما or لا): "لا يزالون", "ما زالوا".
_STILL_VERBS = {lex.fold(w) for w in ("يزالون", "زالوا", "يزال", "زال", "تزال", "زالت", "يزالوا")}
#: Rubble (folded, no article): "تحت الأنقاض", "تحت الركام".
_RUBBLE = {lex.fold(w) for w in ("أنقاض", "ركام")}
#: Missiles and rockets (folded): what a force may destroy before they are fired.
_MISSILES = {lex.fold(w) for w in ("صاروخ", "صواريخ", "صاروخا", "صاروخين", "صاروخان")}
#: Kin (folded, no article): "من عائلات المفقودين", "من ذوي الضحايا".
_KIN_WORDS = {lex.fold(w) for w in ("عائلات", "أسر", "ذوي", "أهالي", "عوائل")}
#: Verbs of turning into something (folded): "تحولت إلى حالات اختفاء قسري".
_TURNED = {lex.fold(w) for w in ("تحولت", "تحول", "تحولوا", "تحوّلت", "تحوّل")}
#: Verbs of living somewhere (folded), after people: "يقيمون في مخيمات النزوح".
_LIVING = {lex.fold(w) for w in ("يقيمون", "يعيشون", "يسكنون", "يقطنون", "يمكثون", "المقيمين", "يقيم", "يعيش", "تقيم",
                                 "تعيش")}
#: The people of a place (folded): "من أبناء الرقة", "من سكان المدينة", "من أهالي البلدة".
_NATIVES = {lex.fold(w) for w in ("أبناء", "سكان", "أهالي")}
#: Putting an end to someone (folded), before "على": "القضاء على 237 إرهابيا".
_PUT_AN_END = {lex.fold(w) for w in ("القضاء", "قضاء", "قضت", "قضى", "قضينا", "قضوا")}
#: Verbs of going with someone (folded): "يرافقهم 190 مرافقا".
_ACCOMPANYING = {lex.fold(w) for w in ("يرافقهم", "يرافقه", "يرافقها", "ترافقهم", "رافقهم", "رافقه", "برفقة", "برفقتهم",
                                        "رافق", "رافقت", "يرافق", "ترافق", "رافقها")}
#: Words that make a following group noun part of a body's name (folded): "لشؤون اللاجئين", "لإغاثة اللاجئين".
_OFFICE_OF = {lex.fold(w) for w in ("لشؤون", "شؤون", "لإغاثة", "إغاثة", "لرعاية", "رعاية", "لجنة", "هيئة", "مكتب")}
#: Verbs of reaching or taking in (folded): "طالت 167 منشأة" after a noun of demolition.
_REACHED_THINGS = {lex.fold(w) for w in ("طالت", "طال", "شملت", "شمل", "طاولت", "طاول")}
#: Operations of demolition (folded): blowing up, bulldozing (what they reached is destroyed).
_DEMOLITION = {lex.fold(w) for w in ("تفجير", "تجريف", "نسف", "هدم", "تدمير")}
#: Words that open a time aside between a verb's subject and its object (folded): "، اليوم الثلاثاء،".
_DAY_WORDS_AFTER = {lex.fold(w) for w in ("اليوم", "أمس", "الليلة", "فجر", "مساء", "صباح", "يوم", "ليل")}
#: Adjectives of people set free, after their noun (folded): "718 أسيراً محرراً".
_FREED_ADJECTIVES = {lex.fold(w) for w in ("محرر", "محرراً", "محررا", "محررين", "محررون", "المحررين", "المحررون", "محررة")}
#: Clarifying a fate (folded), before "مصير": "تحديد مصير 340 شخصاً".
_CLARIFYING = {lex.fold(w) for w in ("تحديد", "معرفة", "كشف", "توضيح", "استيضاح", "بتحديد", "لتحديد")}
#: Contact between relatives (folded), before "بين": "إعادة الاتصال بين 115 عائلة".
_CONTACT = {lex.fold(w) for w in ("الاتصال", "الروابط", "التواصل", "الصلة")}
#: Homes (folded), after "داخل": people trapped at home, not sheltering.
_HOMES = {lex.fold(w) for w in ("منازلها", "منازلهم", "منازل", "بيوتهم", "بيوتها", "منزله", "منزلها", "مساكنهم")}
#: The sick (folded), counted with the wounded: "12 ألف مريض وجريح".
_SICK = {lex.fold(w) for w in ("مريض", "مرضى", "المرضى", "مريضا")}
#: Verbs of levelling (folded), before "بالأرض": "سوّت 6 منازل بالأرض".
_LEVELLED = {lex.fold(w) for w in ("سوت", "سوى", "سويت", "سووا", "تسوية")}
#: Words before "سوى" as "only" (folded): "لم يبق سوى", "ليس سوى".
_ONLY_BEFORE = {lex.fold(w) for w in ("يبق", "يبقى", "يتبق", "يتبقى", "ليس", "لا", "لم", "عدا", "بقي", "تبقى")}
#: Words that open a figure's hedge (folded): after a verb of saying they name no one ("نقلت نحو 1600 شخص").
_HEDGE_OPENERS = {lex.fold(w) for w in ("نحو", "قرابة", "حوالي", "حوالى", "زهاء", "أكثر", "أقل", "ما", "أزيد", "قرابه",
                                        "عشرات", "مئات", "آلاف")}
#: Verbs of carrying people off (folded), in a story of buses or an evacuation: "تقل نحو 950 شخصاً".
_CARRYING = {lex.fold(w) for w in ("تقل", "يقل", "تقلّ", "نقلت", "نقل", "نقلوا", "أقلت", "اقلت", "إخراج", "اخراج", "أخرجت",
                                   "اخرجت", "تنقل", "ينقل", "حملت", "تحمل", "تقلان", "يقلان")}
#: Buses, convoys and evacuations (folded, no article).
_EVACUATION = {lex.fold(w) for w in ("حافلة", "حافلات", "باصات", "الباصات", "قافلة", "قوافل", "إجلاء", "اجلاء", "الإجلاء",
                                     "تهجير", "الخارجين", "باص", "حافلتين")}
#: Verbs of a side's losing (folded): things lost are destroyed ("خسرت سبع طائرات"), its fighters killed.
_LOST_BY_A_SIDE = {lex.fold(w) for w in ("خسر", "خسرت", "خسروا", "خسرنا")}
#: What a side loses of its equipment (units): destroyed.
_LOST_EQUIPMENT = {"vehicles", "aircraft", "weapons"}
#: Limbs and sight (folded), lost by the wounded: "فقد العشرات منهم أطرافهم أو بصرهم".
#: Kin lost (folded): "فقدوا آباءهم" (lost their fathers): the people who lost them are not missing.
_LOST_KIN = {lex.fold(w) for w in ("آباءهم", "آباءهن", "أمهاتهم", "والديهم", "أبويهم", "ذويهم", "أبناءهم", "أبناءهن",
                                    "أطفالهم", "أطفالهن", "أزواجهن", "معيليهم", "أهاليهم", "عائلاتهم", "أقاربهم", "أباه",
                                    "أمه", "والده", "والدته", "زوجها", "زوجته", "ابنه", "ابنها", "أطفاله", "أطفالها")}
_LIMBS = {lex.fold(w) for w in ("أطرافهم", "أطرافه", "أطرافها", "بصرهم", "بصره", "بصرها", "أعينهم", "سيقانهم", "أيديهم",
                                 "أرجلهم", "أطرافا")}
#: Relative pronouns (folded): a clause about something else begins.
_RELATIVE_PRONOUNS = {lex.fold(w) for w in ("الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي")}
#: Verbs of becoming (folded), before a noun of a status: "أصبحوا نازحين".
_BECAME = {lex.fold(w) for w in ("أصبحوا", "أصبح", "أصبحت", "باتوا", "بات", "باتت", "صاروا", "صار", "غدوا")}
#: Handing over (folded), and the families people are handed back to: "تسليم 35 منهم إلى ذويهم".
_HANDED_OVER = {lex.fold(w) for w in ("تسليم", "سلمت", "سلم", "سلموا", "تسلم", "يسلم")}
_THEIR_FAMILIES = {lex.fold(w) for w in ("ذويهم", "ذويهن", "أهاليهم", "أهلهم", "عائلاتهم", "أسرهم", "ذويه", "أسرته")}
#: Stems of nouns of people held (folded, no article): their unknown fate keeps them counted as held.
_HELD_STEMS = ("معتقل", "محتجز", "موقوف", "سجين", "سجناء", "اسير", "اسري")
#: Asking for something (folded): "المطالبة بالإفراج عن", "دعت إلى إطلاق سراح": a release not yet made.
_DEMAND = {lex.fold(w) for w in ("المطالبة", "للمطالبة", "مطالبة", "بالمطالبة", "طالب", "طالبت", "يطالب", "تطالب",
                                 "يطالبون", "مطالبا", "مطالبين", "دعا", "دعت", "يدعو", "تدعو", "داعيا", "داعية", "ناشد",
                                 "ناشدت", "يناشد", "تناشد")}
#: "also" (folded), between a breakdown word and its item.
_ALSO = {lex.fold(w) for w in ("أيضاً", "أيضا", "كذلك")}
#: "during" before the noun of a time (folded): "ارتقى خلال العملية شهيد", and between a verb and its object: "فقد
#: خلال المواجهات 4 من جنوده" (one set: an earlier second definition with "طوال" and "في" was never in force).
_DURING = {lex.fold(w) for w in ("خلال", "أثناء", "إثر")}
#: Words of sufficing or holding before a figure (folded): "تكفي لعلاج 50 جريحاً", "تتسع لـ500 شخص", "بسعة 300".
_CAPACITY = {lex.fold(w) for w in ("تكفي", "يكفي", "تكفيان", "كافية", "تتسع", "يتسع", "بسعة", "بطاقة", "لاستيعاب",
                                   "تستوعب", "يستوعب")}
#: Words of a place built or set aside for some number (folded): "صُمم لاستقبال", "مخصص لإيواء".
_DESIGNED = {lex.fold(w) for w in ("صمم", "صممت", "مصمم", "مصممة", "مخصص", "مخصصة", "خصص", "أعد", "أعدت", "معد", "معدة",
                                   "مجهز", "مجهزة", "بني", "بنيت", "أقيم", "أقيمت")}
#: Words that open an aside naming a source (folded): "، بحسب البيان،", "، وفق المصادر،".
_SOURCE_ASIDE = {lex.fold(w) for w in ("بحسب", "حسب", "وفق", "وفقا", "وفقاً", "طبقا", "طبقاً", "نقلا", "نقلاً")}
#: "the last of them" before one person named: "آخرهم المسعف محمود" (folded).
_LAST_OF_THEM = {lex.fold(w) for w in ("آخرهم", "آخرهن", "أحدثهم")}
#: Days a toll is named by: "شهداء اليوم" (folded).
_DAY_WORDS = {lex.fold(w) for w in ("اليوم", "أمس", "الأمس", "الليلة")}
#: What a "حصيلة" of work sums up ("حصيلة عمل الفرع", "حصيلة نشاط الفرق"): the work done, not a toll.
_WORK_WORDS = {lex.fold(w) for w in ("عمل", "أعمال", "نشاط", "أنشطة", "الاستجابة", "جهود")}


def _dot_leaders(toks: list[Token]) -> list[Token]:
    """The tokens with each run of three or more full stops (or an ellipsis) between a label and its figure read as a
    colon ("الشهداء من المدنيين ..... 9412"): a label, not the end of a sentence."""
    out: list[Token] = []
    k = 0
    while k < len(toks):
        t = toks[k]
        if t.kind == "punct" and t.text in (".", "\u2026"):
            j = k
            while j + 1 < len(toks) and toks[j + 1].kind == "punct" and toks[j + 1].text in (".", "\u2026"):
                j += 1
            if (j - k >= 2 or t.text == "\u2026") and j + 1 < len(toks) and toks[j + 1].kind == "num":
                out.append(Token("punct", ":", t.start, toks[j].end))
                k = j + 1
                continue
        out.append(t)
        k += 1
    return out


def _unbracket(toks: list[Token]) -> list[Token]:
    """The tokens without the brackets around a lone figure ("اعتقلت (١٠٤٢) مواطناً", "و(١٩) امرأة"): the figure
    and its noun read as if unbracketed; but digits that repeat a number word ("ثلاثة (3) أشخاص") keep theirs."""
    drop: set[int] = set()
    for i in range(len(toks) - 2):
        if toks[i].text == "(" and toks[i + 2].text == ")" and toks[i + 1].kind == "num" and toks[i].kind == "punct":
            if i and toks[i - 1].kind == "word":
                try:
                    if read_number(toks, i - 1) is not None:
                        continue
                except (ValueError, IndexError):
                    pass
            drop.update((i, i + 2))
    return [t for k, t in enumerate(toks) if k not in drop] if drop else toks


#: Tasks a column of a table of operations may count (folded): fire-fighting, first aid, rescue, missions.
_TASKS = {lex.fold(w) for w in ("إطفاء", "إسعاف", "نقل", "إنقاذ", "مهام", "مهمات", "مهمة", "عمليات", "بحث", "رفع",
                                 # fires put out or recorded: "| القضاء | حرائق | جثث منتشلة |"
                                 "حرائق", "الحرائق", "حريق")}


def _column_metric(cell: str) -> str | None:
    """What a header cell says its column counts: a cue's metric ("عدد النازحين": displaced), "other" for
    things ("مراكز الإيواء": shelters), None for a label or a unit ("المحافظة", "الأسر")."""
    words = [w for w in cell.split() if w.strip("|")]
    if words and strip_conj(words[0]) in ("عدد", "اجمالي", "مجموع"):
        words = words[1:]  # "عدد النازحين": the number of the displaced
    if not words:
        return None
    if strip_conj(words[0]) in _TASKS:
        return "other"  # "إطفاء", "إسعاف ونقل جرحى": how many tasks of a kind, not how many people
    cue = next((m for m in map(lex.cue, words) if m), None)
    if lex.thing(words[0]) is not None and cue != "destroyed" and not lex.person(words[0]):
        return "other" if len(words) > 1 or cue is None else None
    return cue


def _colon_item(toks: list[Token], a: int, figs: list[_Figure]) -> bool:
    """Whether tokens from ``a`` are a bulleted item that names a place and a colon before its first figure
    ("- ريف دمشق: 17، بينهم ..."): a line of the list under the heading, however long its tail."""
    if not figs or toks[a].kind != "punct" or toks[a].text not in ("-", "•", "*", "–", "▪"):
        return False
    first = figs[0].hedge_tok
    return first - 1 > a and toks[first - 1].kind == "punct" and toks[first - 1].text == ":" \
        and first - a <= 10


def _arrive_verb(word: str) -> bool:
    """Whether ``word`` is a verb of arriving, with or without its conjunction (وصل, ووصلت)."""
    return word in _ARRIVE_VERBS or strip_conj(word) in _ARRIVE_VERBS


def _verb_form(word: str) -> bool:
    """Whether ``word`` (folded) may be a verb rather than a noun: not a verbal noun or participle (مقتل, مصابين),
    not a word with the article or a preposition's ب (القتلى, بجروح), and no noun that is itself a metric."""
    return bool(word) and not word.startswith(("ال", "م", "ب")) and not lex.metric_noun(word)


def _inline_list(toks: list[Token], a: int, b: int, figs: list[_Figure]) -> tuple[int, str] | None:
    """(the colon, its metric) when a sentence introduces a list of names and figures after a colon in the same
    line ("توزيع حالات الاعتقال حسب المحافظات كالآتي: القدس 420؛ الخليل 236"): the cue nearest the colon
    names them all; else None."""
    colon = next((j for j in range(a, b) if toks[j].kind == "punct" and toks[j].text == ":"), None)
    if colon is None:
        return None
    after = [f for f in figs if f.hedge_tok > colon]
    words = [t.text for t in toks[a:colon] if t.kind == "word"]
    # a toll shared out ("وتوزعت حصيلة الضحايا بحسب الجهات على النحو التالي: قوات النظام 54 مدنياً، ..."): commas
    # part its items too
    shared = any(lex.strip_article(strip_conj(w)) in _SHARED_OUT or strip_conj(w) in ("حسب", "بحسب") for w in words)
    if len(after) < 2 or not (_pairs_line(toks, colon + 1, b, len(after)) or (
            shared and sum(1 for t in toks[colon + 1:b] if t.kind == "punct" and t.text in ("،", ",")) >= len(after) - 1)):
        return None
    metric = next((m for m in map(lex.cue, reversed(words)) if m and m != "other"), None)
    return (colon, metric) if metric else None


def _pairs_line(toks: list[Token], a: int, b: int, n_figs: int) -> bool:
    """Whether tokens ``a:b`` are a list of names and figures parted by semicolons or bars ("أدري ٤٬٨٢٠؛ كوفرون
    ١٬٩٠٥؛ تيسي ٧٤٠"): one mark between each two figures at least."""
    return sum(1 for t in toks[a:b] if t.kind == "punct" and t.text in ("؛", ";", "|")) >= n_figs - 1


def _rows(text: str, article_id: str) -> list[dict]:
    folded, offs = normalise(text)
    toks = _unbracket(_dot_leaders(tokens(folded)))
    rows: list[dict] = []
    from analysis.claims.arabic_places import article_countries

    named = article_countries(folded)
    last_fig: _Figure | None = None
    speaker = ""  # the last source named (a bare "وأضاف" takes it)
    context: str | None = None  # the metric a heading gives the list lines under it
    columns: list[str | None] | None = None  # what each column of a table counts, from its header row
    pair: tuple[str, str] | None = None  # the metrics of a heading's pair of labels ("(قتلى / مصابون):")
    kept_for_bullets = False  # the context was kept over a long bulleted item (for bulleted items only)
    prev_end = 0  # where the sentence before ended
    in_item = False  # the sentence before was (a part of) a bulleted item under a heading
    numbered = False  # the sentence before was the number of an item of a list ("1.")
    for a, b in _sentences(toks, folded):
        if rule_line(folded[toks[a].start:toks[b - 1].end].strip()):
            continue  # "|---|---|---|" under a table's header row: no row of its own, and the table goes on
        if b - a == 2 and toks[a].kind == "num" and toks[a + 1].text in (".", ")") \
                and folded[max(0, toks[a].start - 1):toks[a].start] in ("", "\n"):
            numbered = True
            continue  # the number of an item of a list ("1. 7 بنادق كلاشنكوف"): the list and its heading go on
        # a bullet, or the number of an item just before: an item of a list
        bulleted, numbered = toks[a].text in _BULLETS or numbered, False
        try:
            s = _Sentence(text, folded, offs, toks, a, b)
            before = last_fig  # the last figure of the sentences before: what a share "of them" may be of
            heading, context = context, None
            same_item = in_item and heading is not None and "\n" not in folded[prev_end:toks[a].start]
            new_block = "\n\n" in folded[prev_end:toks[a].start]  # a blank line before the sentence
            prev_end = toks[b - 1].end
            if kept_for_bullets and not bulleted and not same_item:
                heading = None  # kept over a long bulleted item for the bullets after it only
            kept_for_bullets = False
            if same_item:
                # a second sentence of a bulleted item ("- 412 مدنياً ... وشاباً. وقضى 238 منهم ..."): the list goes
                # on after it
                context, kept_for_bullets = heading, True
            in_item = same_item or (bulleted and heading is not None)
            line_start = toks[a].start
            cells = [(line_start + c0, line_start + c1) for c0, c1 in row_cells(folded[line_start:toks[b - 1].end])]
            figs = []
            for f in s.figures():
                if figs and f.kind == "digits" and figs[-1].value == f.value and figs[-1].kind == "words" \
                        and s.punct(f.first - 1) and s.toks[f.first - 1].text == "(" \
                        and f.first - 2 == figs[-1].last:
                    continue  # "ثلاثة (3) أشخاص": the digits repeat the words
                if s.is_count(f):
                    figs.append(f)
                else:
                    s.non_counts.update(range(f.first, f.last + 1))
            skip: set[int] = set()
            for k, f in enumerate(figs):
                s.hedge(f, figs)
                nxt = figs[k + 1] if k + 1 < len(figs) else None
                if k not in skip and s.range_high(f, nxt):
                    low = f.value
                    scale = SCALES.get(toks[nxt.last].text)  # type: ignore[union-attr]
                    if scale and low < scale[0] and low * scale[0] < nxt.value:  # type: ignore[union-attr]
                        low *= scale[0]  # "بين 10 و15 ألفا": 10,000 to 15,000
                    f.value = low
                    f.hedge_tok = f.first - 1 - (s.word(f.first - 2) == "ما")  # "ما بين" is part of the span
                    f.qualifier, f.low, f.high = "range", low, nxt.value  # type: ignore[union-attr]
                    f.last = nxt.last  # type: ignore[union-attr]
                    skip.add(k + 1)
            s.figure_starts = {min(f.hedge_tok, f.first) for k, f in enumerate(figs) if k not in skip}
            prev: _Figure | None = None
            # few enough figures for a line of a list to take its heading's metric, or pairs of names and figures
            short = len(figs) <= 3 or _pairs_line(toks, a, b, len(figs))
            # a line of its own, a bulleted item, or a long line of names and figures parted by bars or semicolons
            # ("القدس: ٤٦١ | الخليل: ٢٣٨ | ..."), however many words it holds
            line = _list_line(toks, a, b, folded) or _colon_item(toks, a, figs) or (len(figs) >= 3 and short)
            slashed = len(figs) == 2 and any(t.text == "/" for t in toks[figs[0].last + 1:figs[1].first])
            if not slashed:
                pair = _slash_pair(toks, a, b) if not figs else None  # a heading may name a pair; other lines end it
            if not figs and (line or toks[b - 1].text == ":") and not (toks[b - 1].text == "." and a in s.non_counts):
                # (not a numbered item of its own with numbers that count nothing: "٤- قُدّرت الخسائر بنحو ١٫٥ مليار
                # ريال.")
                # a heading on its own line ("النازحون الجدد حسب المحافظة"): its first cue is the metric of the
                # lines under it; an introduction ending in a colon ("أحصت المنازل المدمرة على النحو التالي:"): the
                # cue nearest the colon
                words = _words_outside_brackets(toks, a, b)  # (not an aside: "(لاجئون وطالبو لجوء وعائدون):")
                order = words if line and toks[b - 1].text != ":" else list(reversed(words))
                cues = [lex.cue(w) for w in order]
                context = next((m for k, m in enumerate(cues) if m and not (
                    # "توزيع النازحين حسب البلدية": a breakdown of the displaced, not aid handed out
                    m == "other" and strip_conj(order[k]) in _SHARED_OUT and line and k + 1 < len(order)
                    and cues[k + 1] not in (None, "other"))), None)
                if context is None and heading and line and _CELL_GAP.search(folded, toks[a].start, toks[b - 1].end):
                    context = heading  # "المديرية     الأسر     الأفراد": the header row of the table under a title
                if context == "refugees" and any(lex.cue(strip_conj(w)) == "returned" and (k == 0 or words[k - 1] != "غير")
                                                 for k, w in enumerate(words)):  # (not "اللاجئين غير العائدين")
                    context = "returned"  # "أعداد اللاجئين العائدين بحسب بلد اللجوء:": refugees going home
                if context == "displaced" and any(strip_conj(w) == "الخارج" or (strip_conj(w) == "خارج" and k + 1 < len(words)
                                                      and (words[k + 1] in ("البلاد", "الحدود") or is_country(words[k + 1])))
                                                  for k, w in enumerate(words)) \
                        and not any(strip_conj(w) in _INTERNAL for w in words):
                    context = "refugees"  # "توزّع الفارّون إلى خارج البلاد على النحو الآتي:": those who left the country
                if context == "displaced" and any(lex.cue(w) == "displaced" and lex.strip_article(strip_conj(w)) != "نزوح"
                                                  for w in words) and "حركة" not in words and any(
                        strip_conj(w) == "في" and k + 1 < len(words)
                        and ((x := lex.strip_article(strip_conj(words[k + 1]))) in _SHELTERS or x in _CAMP_WORDS)
                        for k, w in enumerate(words)):
                    context = "idps"  # "النازحون في مراكز الإيواء الجماعية حسب المحافظة:": where the displaced stay
                    # (people, not a movement: "حركة النزوح في مخيمات شمال الضفة" is displacement from the camps)
                if context in (None, "other") and any(
                        (strip_conj(w) in _TOLL_NOUNS or strip_conj(w) in _LOSSES)
                        and not (k + 1 < len(words) and strip_conj(words[k + 1]) in _WORK_WORDS)
                        for k, w in enumerate(words)):
                    # a toll shared out ("وتوزعت بقية الحصيلة على النحو الآتي:"): the harm its noun names ("حصيلة
                    # القتلى"), else the last figure's harm, else the dead
                    toll_named = next((lex.cue(words[k + 1]) for k, w in enumerate(words[:-1])
                                       if strip_conj(w) in _TOLL_NOUNS and lex.cue(words[k + 1]) in _HARM), None)
                    context = toll_named or (last_fig.metric if last_fig is not None and last_fig.metric in _HARM
                                             else "killed")
                if context in (None, "other") and last_fig is not None and last_fig.metric not in (None, "other") \
                        and any(lex.strip_article(strip_conj(w)) in _SHARED_OUT for w in words):
                    context = last_fig.metric  # "التوزيع حسب المحافظة المستقبلة": the figures before, shared out
                if context in (None, "other") and toks[b - 1].text == ":" and _arms_found(words):
                    context = "captured"  # "عثرت القوة على كميات من الأسلحة، شملت:": arms found are seized
            # a bulleted item that opens with its figure ("- 8 في عمليات اغتيال في محافظتي درعا والسويداء."), however
            # long: an item of the list its heading introduced
            item = bool(figs) and bulleted and figs[0].hedge_tok <= a + 1
            if item and heading and not line:
                context = heading
            elif heading and line and short and (figs or context is None or (toks[b - 1].text != ":" and not new_block)):
                context = heading  # "مأرب: ١٠٬٢١٠" under it, or "أدري ٤٬٨٢٠؛ كوفرون ١٬٩٠٥؛ ...": the list goes on
                # (but an introduction of its own that names its metric, ending in a colon or after a blank line,
                # starts another list: "ثانياً: الجرحى بحسب الجنس")
            elif heading and bulleted:
                context = heading  # a long bulleted item with a verb of its own: the items after it go on
                kept_for_bullets = True
            if not figs and (line or len(cells) >= 3) and len(cells) >= 2:
                # a table's header row ("المحافظة | مراكز الإيواء | عدد النازحين"): what each column counts
                columns = [_column_metric(folded[c0:c1]) for c0, c1 in cells]
                if not any(columns[1:]):
                    columns = None
            elif columns is not None and len(cells) == len(columns) + 1 and figs:
                columns = [None] + columns  # "جديدة يابوس   198,000   87,000" under a header with no cell over the
                # rows' names: the names' column, then the header's
            elif columns is not None and len(cells) != len(columns):
                columns = None  # the table has ended
            inline = _inline_list(toks, a, b, figs)
            for k, f in enumerate(figs):
                if k in skip:
                    continue
                s.unit(f)
                column = columns[next(k for k, (_, c1) in enumerate(cells) if toks[f.first].start < c1)] \
                    if columns is not None and toks[f.first].start < cells[-1][1] else None
                if column == "other" and not f.unit:
                    continue  # "شمال غزة | 21 | 19,830" under "مراكز الإيواء": how many shelters, not people
                metric = column or (pair[k] if pair is not None and slashed else None) or s.metric(f, prev, last_fig)
                end = max(f.last, f.unit_tok) + 1
                if metric is None and k == 0 and f.hedge_tok <= a + 1 and end < b and toks[end].text == ":":
                    # "• ١٫٥ مليون: العدد التقديري للاجئين السوريين في لبنان": the figure first, then what it counts
                    label = next((m for m in (lex.cue(w) or (w.startswith("لل") and (lex.cue("ال" + w[2:]) or lex.cue(w[1:])))
                                              # (للنازحين, للاجئين: the preposition ل before the article)
                                              for w in (s.word(j) for j in range(end + 1, min(b, end + 7))
                                                        if toks[j].kind != "punct")) if m and m != "other"), None)
                    if label is not None and s.compatible(f, label) == label:
                        metric = label
                if metric is None and context and (line or item) and (short or item) \
                        and (not f.unit or s.compatible(f, context) == context):
                    metric = context  # (a bulleted item, however many figures: "- 412 مدنياً، هم 97 طفلاً، و61 ...")
                elif metric == "detained" and context == "released" and (line and short or item):
                    metric = context  # "- من صنعاء إلى عدن: 318 محتجزا" under "توزيع المفرج عنهم": detainees freed
                if metric in (None, "other") and k == 0 and f.unit and toks[a].kind == "punct" \
                        and toks[a].text in ("-", "•", "*", "–", "▪") and f.hedge_tok - 1 > a \
                        and toks[f.hedge_tok - 1].text == ":" and f.hedge_tok - a <= 16:
                    # "- إجمالي العائلات العائدة منذ ...: أحد عشر ألفاً ... عائلة": the label's cue counts the item
                    label = next((m for m in (lex.cue(s.word(j)) for j in range(a + 1, f.hedge_tok - 1))
                                  if m and m != "other"), None)
                    if label is not None and s.compatible(f, label) == label:
                        metric = label
                if metric in (None, "other", "displaced") and k == 0 and toks[a].kind == "punct" \
                        and toks[a].text in ("-", "•", "*", "–", "▪") and f.hedge_tok - 1 > a \
                        and toks[f.hedge_tok - 1].text == ":" and f.hedge_tok - a <= 10 \
                        and (f.unit in _PEOPLE_UNITS or f.unit in ("households", "families") or not f.unit) \
                        and any(lex.strip_article(strip_conj(s.word(j))) in _CAMP_WORDS for j in range(a + 1, f.hedge_tok - 1)) \
                        and not any(lex.thing(s.word(j)) is not None and lex.strip_article(strip_conj(s.word(j))) not in _CAMP_WORDS
                                    for j in range(a + 1, f.hedge_tok - 1)) \
                        and (metric == "displaced" or any(strip_conj(s.word(j)) in _RESIDING for j in range(a + 1, f.hedge_tok - 1))):
                    metric = "idps"  # "- الأسر المقيمة في المخيمات: ٣٣٬٨٠٠ أسرة", "- النازحون خارج المخيمات: قرابة ١٫١
                    # مليون": the displaced, counted by where they stay
                if metric in PEOPLE_METRICS and not f.unit and line and k == 0 and f.hedge_tok > a + 1 \
                        and (thing := lex.thing(s.word(a))) not in (None, "sites") and not lex.person(s.word(a)) \
                        and s.word(a + 1) in ("التي", "الذي"):  # (a table by cause keeps its dead: "الألغام | 23")
                    # "الصواريخ التي سقطت على الشمال .... قرابة ٤٠٠٠": the label's things, not people fallen
                    f.unit, metric = thing, "other"
                if metric is None and inline is not None and f.hedge_tok > inline[0] \
                        and (not f.unit or s.compatible(f, inline[1]) == inline[1]):
                    metric = inline[1]  # "... حالات الاعتقال حسب المحافظات كالآتي: القدس 420؛ الخليل 236"
                if metric is None:
                    if not f.unit:
                        continue
                    metric = "other"
                metric = s.compatible(f, s.refine(f, metric))
                f.metric = metric
                if metric != "other":
                    prev = f
                    if f.kind != "singular":
                        last_fig = f  # (one person is no antecedent of a plural "منهم" in the next sentence)
                if f.qualifier != "range":
                    f.low, f.high = qualifier_bounds(f.qualifier, f.value)
                first = min(f.hedge_tok, f.first)
                last_tok = f.last
                if f.kind in ("digits", "words") and f.unit_tok == f.last + 1 and f.unit:
                    last_tok = f.unit_tok
                last_tok = max(last_tok, f.tail_tok)
                start = offs[toks[first].start]
                end = offs[toks[last_tok].end - 1] + 1
                if end - start > 80:
                    start = offs[toks[f.first].start]
                    end = min(end, start + 80)  # a long hedge or noun: from the number, 80 characters at most
                if start and text[start - 1] == "(" and text.count(")", start, end) > text.count("(", start, end):
                    start -= 1  # "(24,927) شهيداً": the bracket that opens the figure, so that the surface is whole
                who = s.attribution(f, speaker)
                if who:
                    speaker = who
                rows.append(_claim_row(s, f, article_id, start, end, _unit_word(f, toks), who, named))
            if may_hold_share(folded[toks[a].start:toks[b - 1].end]):
                rows.extend(_share_rows(s, figs, before, named, speaker, article_id))
            if figs and toks[b - 1].text == ":" and context is None:
                # an introduction with figures, ending in a colon ("والشهداء المدنيون هم 41، توزعوا على النحو
                # التالي:"): the lines under it take its last metric, else its last cue
                kept = [f.metric for f in figs if f.metric not in (None, "other")]
                words = [t.text for t in toks[a:b] if t.kind == "word"]
                context = kept[-1] if kept else next(
                    (m for m in map(lex.cue, reversed(words)) if m and m != "other"), None)
                if context is None and _arms_found(words):
                    context = "captured"  # "عثرت القوة في مخبأين على كميات من الأسلحة، شملت:"
        except Exception:  # one odd sentence must not stop the article
            if _DEBUG:
                raise
            continue
    return rows


def _slash_pair(toks: list[Token], a: int, b: int) -> tuple[str, str] | None:
    """The metrics of a pair of labels parted by a slash in a heading ("(قتلى / مصابون):"): the lines under it give
    one figure for each ("- إدلب: 14 / 22"); None when the heading names no such pair."""
    for i in range(a + 1, b - 1):
        if toks[i].text == "/" and toks[i - 1].kind == "word" and toks[i + 1].kind == "word":
            left, right = lex.cue(toks[i - 1].text), lex.cue(toks[i + 1].text)
            if left not in (None, "other") and right not in (None, "other") and left != right:
                return left, right
    return None


def _words_outside_brackets(toks: list[Token], a: int, b: int) -> list[str]:
    """The words of tokens ``a:b`` that no bracket holds ("أعداد الوافدين ... (لاجئون وعائدون):": the head and what
    stands around it, not the aside)."""
    words: list[str] = []
    depth = 0
    for t in toks[a:b]:
        if t.kind == "punct" and t.text == "(":
            depth += 1
        elif t.kind == "punct" and t.text == ")":
            depth = max(0, depth - 1)
        elif t.kind == "word" and not depth:
            words.append(t.text)
    return words


def _arms_found(words: list[str]) -> bool:
    """Whether an introduction says that arms were found: a verb of finding and a word of arms ("عثرت القوة على
    كميات من الأسلحة والمواد المتفجرة، شملت:")."""
    return any(strip_conj(w) in _RECOVERING for w in words) \
        and any(lex.strip_article(strip_conj(w)) in _ARMS_WORDS for w in words)


def _share_rows(s: _Sentence, figs: list[_Figure], before: _Figure | None, named: set[str],
                speaker: str, article_id: str) -> list[dict]:
    """Rows for the shares of a group in sentence ``s`` (:mod:`analysis.claims.arabic_shares`), in percent.

    A share "of them" takes the metric of the last figure before it in the sentence, else of the last figure
    of the sentences before when none comes before it in its own; a share of people who moved takes the
    metric of that figure when both count people who moved ("الواصلين" abroad or at home)."""
    taken = {k for f in figs for k in range(min(f.hedge_tok, f.first), max(f.last, f.tail_tok, f.unit_tok) + 1)}
    rows = []
    found: list[_Figure] = []  # the sentence's shares so far: "نصفهم" may be of a share ("90% of Gaza's people")
    for share in find_shares(s.toks, s.a, s.b, taken):
        earlier = sorted((f for f in figs + found if f.last < share.first), key=lambda f: f.last)
        here = next((f for f in reversed(earlier) if f.metric not in (None, "other")), None)
        metric = share.metric
        if share.them:
            antecedent = here if here is not None or earlier else before
            metric = antecedent.metric if antecedent is not None else None
        elif metric in MOVED_METRICS and here is not None and here.metric in MOVED_METRICS:
            metric = here.metric  # "1,500 عبروا إلى تشاد، و90% من الواصلين ...": the figure's people
        elif metric == "refugees" and here is None and before is not None and before.metric in MOVED_METRICS \
                and any(arrival in w for w in share.words for arrival in ARRIVALS):
            metric = before.metric  # arrivals, after a sentence that told where they came from
        if metric in (None, "other"):
            continue
        f = _Figure(share.first, share.last, share.value, False, "share")
        f.metric = metric
        found.append(f)
        s.hedge(f, [f])
        if f.qualifier == "exact" and share.fraction:
            f.qualifier = "approx_word"
        f.low, f.high = qualifier_bounds(f.qualifier, f.value)
        start = s.offs[s.toks[min(f.hedge_tok, f.first)].start]
        end = s.offs[s.toks[max(f.last, f.tail_tok)].end - 1] + 1
        rows.append(_claim_row(s, f, article_id, start, end, "percent", s.attribution(f, speaker), named))
    return rows


def _claim_row(s: _Sentence, f: _Figure, article_id: str, start: int, end: int, unit: str, who: str,
               named: set[str]) -> dict:
    """The ledger row of figure ``f`` of sentence ``s``, spanning ``text[start:end]``; its place is read in its
    own sentence only (a place carried from another would be a guess that narrows it)."""
    from analysis.claims.arabic_places import place_of

    place = place_of(s, f, named)
    return {
        "article": article_id, "start": start, "end": end, "surface": s.text[start:end],
        "value": f.value, "value_low": f.low, "value_high": f.high, "qualifier": f.qualifier,
        "unit": unit, "metric": f.metric, "attributed_to": who,
        "place": place[0], "place_country": place[1], "place_admin1": place[2],
        "period": s.period(f), "scope": s.scope(f, f.metric), "sentence": s.text[s.start:s.end],
    }


def extract_arabic(text: str, article_id: str = "text") -> list[dict]:
    """Claims in an Arabic text (offsets into ``text``): dicts with the extractor's columns; never raises."""
    from analysis.claims.extract import _finish, _mark_repeats

    if not isinstance(text, str) or not text:
        return []
    try:
        rows = _rows(text, article_id)
    except Exception:
        return []
    rows = [r for r in rows if 0 <= r["start"] < r["end"] <= len(text) and text[r["start"]:r["end"]] == r["surface"]]
    rows.sort(key=lambda r: (r["start"], r["end"]))
    _mark_repeats(rows)
    return [_finish(r) for r in rows]
