"""Arabic cue words and counted nouns for the figure extractor (folded spellings, see ``arabic_numbers``).

A word is looked up through its clitics: :func:`forms` yields the word, then without a conjunction
(و ف), a preposition (ب ل ك) and the article (ال, لل), so "وبالقتلى", "فيما أصيب", "للنازحين" find
their cues. :func:`cue` gives the metric a word signals (verbs, verbal nouns, participles and plurals:
قتل/مقتل/قتلى/قتيلا, استشهد/شهداء, لقي حتفه/مصرعه, أصيب/جرحى, نزح/نازحين, فر, لاجئين, عاد/العائدين,
اعتقل/معتقلين, مفقودين, دمر, ...). :func:`person` and :func:`thing` name the counted noun in English
(the ledger's ``unit``); :func:`dual` reads a dual noun as a count of 2 (قتيلان, طفلين, امرأتان,
مدنيان), never the -ين of a sound plural (مدنيين is plural).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from analysis.claims.arabic_numbers import normalise, strip_article


def fold(word: str) -> str:
    """A lexicon entry folded as text is (alef forms, ى, diacritics), so entries may be written plainly."""
    return normalise(word)[0]

_CUES: list[tuple[str, str]] = [
    ("killed", r"مقتل|قتل|قتلت|قتلوا|قتلا|قتلي|قتيل|قتيلا|قتيلة|قتيلان|قتيلين|يقتل|تقتل|يقتلون|مقتلهم|"
               r"استشهد|استشهدت|استشهدوا|استشهاد|شهيد|شهيدا|شهيدة|شهيدان|شهيدين|شهداء|يستشهد|"
               r"مصرع|مصرعه|مصرعهم|مصرعها|حتف|حتفه|حتفهم|حتفها|ارتقاء|ارتقي|ارتقوا|ارتقت|قضوا|قضي|قضت|قضيا|"
               r"وفاة|وفيات|توفي|توفيت|توفوا|ضحايا|ضحية|ضحيتها|ضحيته|جثة|جثث|جثتين|جثتان|جثمان|جثمانا|جثامين|جثماني|"
               r"جثمانين|جثتي|جثماني|رفات|اعدام|اعدم|اعدموا|"
               r"غرقوا|غرقي|الغرقي|ذبح|ماتوا|مات|موت|فارقوا|فارق|يفارق|تفارق|يفارقون|هلاك|لقوا|لقي|اودي|اودت|قتلاهم|قتلاها|الموتي|موتي|مصرع|"
               r"مقتولين|سقط|سقوط|تصفية|اغتيال|اغتيل|ارواح|بارواح|تحييد|حيدت|حيد|"
               r"متوفون|متوفين|متوفي|المتوفون|المتوفين|فقدنا"),
    ("wounded", r"اصاب|اصابت|اصابوا|يصيب|اصيب|اصيبت|اصيبوا|اصابة|اصابات|اصابه|جريح|جريحا|جريحة|جريحان|جريحين|جرحي|جرح|جرحت|"
                r"مصاب|مصابا|مصابين|مصابون|مصابان|يصاب|اصابتهم|اصابتها|اصابته|جروح|جراح|جرحاهم|شوه|شوهوا|شوهت|تشويه|"
                r"مشوهين|بتر|بترت|مبتوري|مبتورة|مبتورين"),
    ("displaced", r"نزح|نزحت|نزحوا|نزوح|نازح|نازحا|نازحة|نازحين|نازحون|نازحي|ينزح|ينزحون|تهجير|هجر|هجرت|"
                  r"مهجر|مهجرين|مهجرون|تشريد|شرد|شردت|مشرد|مشردين|مشردون|فر|فرت|فروا|فرار|فارين|فارون|"
                  r"يفرون|يفر|تفر|يفروا|هرب|هربوا|هروب|غادر|غادروا|غادرت|مغادرة|مغادرتها|مغادرتهم|مغادرته|يغادر|يغادرون|يغادروا|تغادر|وصول|يحتمي|يحتمون|تحتمي|يؤوي|تؤوي|يؤويان|تؤويان|اجلاء|اجلي|اجلت|اجلوا|ترك|تركوا|النزوح|اخلاء|تدفق|الفرار|فرارهم"),
    ("refugees", r"لاجئ|لاجئا|لاجئة|لاجئين|لاجئون|لاجئي|لاجئان|لجوء|لجا|لجاوا|اللجوء|عبروا|عبور|دخلوا|"
                 r"يعبرون|يعبر|تعبر|عبرت|دخول|الواصلين|الواصلون|واصلين|الواصلة|واصلة|وافد|وافدا|وافدين|وافدون|الوافدين|الوافدون|"
                 r"الوافدة|الوافد"),
    ("returned", r"عاد|عادت|عادوا|عودة|عائد|عائدا|عائدين|عائدون|يعود|يعودون|العائدين|رجوع|رجعوا|اعادة|"
                 r"اعيد|اعيدوا|اعيدت|يعاد|عائدة|العائدة|ترحيل|رحل|رحلت|رحلوا|مرحلين|المرحلين|اعادت|اعادوا|اعاد"),
    ("detained", r"اعتقل|اعتقلت|اعتقلوا|اعتقال|اعتقالات|اختطافات|معتقل|معتقلا|معتقلين|معتقلون|احتجاز|احتجز|محتجز|محتجزين|"
                 r"اختطاف|اختطف|خطف|مختطف|مختطفين|مخطوفين|تختطف|يختطف|يختطفون|تحتجز|يحتجز|يعتقل|تعتقل|يعتقلون|توقيف|اوقف|القبض|قبض|ايقاف|يقبع|يقبعون|تقبع|موقوف|موقوفا|موقوفين|موقوفون|سجين|سجناء|اسري|اسير|اسيرا|رهينة|رهائن|رهينتين|رهينتان|"
                 r"اقتاد|اقتادت|اقتادوا|اقتيد|اقتيدوا|اقتيدت|يقتاد|يقتادون"),
    ("released", r"افراج|الافراج|افرج|افرجت|افرجوا|يفرج|تفرج|محررين|تحرر|تحرروا|تحررت|سراح|تبادل|صفقة|مفرج|المفرج|المفرجين|مفرجا"),
    ("missing", r"مفقود|مفقودا|مفقودة|مفقودين|مفقودون|فقدان|فقدانهما|فقدانهم|فقدانه|فقدانها|فقدوا|اختفاء|مختفين|مختفون|المفقودين|مصير|مصيرهم|اخفاء|الاخفاء"),
    ("destroyed", r"دمر|دمرت|تدمير|مدمر|مدمرة|اسقاط|اسقط|اسقطت|احرق|احراق|اعطاب|اعطب|دمار|هدم|تهدم|هدمت|هدموا|يهدم|"
                  r"بهدم|الهدم|"
                  r"احرقوا|احرقت|اضرموا|اضرم|اضرمت|اغرق|اغرقت|اغرقوا|اغراق|احتراق|احترقت|احترق|احترقوا|"
                  r"حرق|حرقت|حرقوا|محروقة|المحروقة|محروق"),
    ("captured", r"ضبط|ضبطت|ضبطوا|مضبوطات|غنائم|الغنائم|استولي|استولت|استولوا|يستولي|تستولي|اغتنام|غنم|اغتنم|اغتنمت|اغتنموا|الاستيلاء|اسرت|اسروا|اسره|باسر|سيطر|سيطرت|سيطرته|"
                 r"السيطرة|يسيطر|تسيطر|استسلام|استسلم|استسلموا|استسلمت|صادرت|صادروا|يصادر|مصادرة|"
                 # seized as spoils ("أسلحة مغتنمة: 11 قطعة")
                 r"مغتنم|مغتنمة|المغتنمة|مغتنمات"),
]
#: Rescuing (folded): the people rescued alive ("وإنقاذ أربعة آخرين") are no casualty (not "فرق الإنقاذ", the rescuers).
RESCUE_FORMS = "انقاذ|انقذ|انقذت|انقذوا|ينقذ|تنقذ"
_CUES.append(("other", r"يحتاج|يحتاجون|تحتاج|بحاجة|المحتاجين|محتاجين|وزعت|وزع|توزيع|يوزع|" + RESCUE_FORMS))
# missiles and drones stopped in flight: destroyed, as in English (:meth:`analysis.claims.arabic._Sentence.compatible`)
_CUES.append(("intercepted", r"اعترض|اعترضت|اعترضوا|اعتراض|تصدت|تصدي|تصدى|التصدي"))
_CUE = {fold(form): metric for metric, alt in _CUES for form in alt.split("|")}
#: nouns that are themselves a metric word when counted ("15 قتيلا", "300 نازح")
NOUN_METRIC = {
    "قتيل", "قتيلا", "قتيلة", "قتلي", "شهيد", "شهيدا", "شهيدة", "شهداء", "جريح", "جريحا", "جريحة", "جرحي",
    "مصاب", "مصابا", "مصابين", "نازح", "نازحا", "نازحة", "نازحين", "نازحون", "لاجئ", "لاجئا", "لاجئة", "لاجئين",
    "لاجئون", "عائد", "عائدا", "عائدين", "عائدون", "معتقل", "معتقلا", "معتقلين", "معتقلون", "مفقود", "مفقودا",
    "مفقودين", "مفقودون", "موقوف", "موقوفا", "موقوفين", "موقوفون", "اسير", "اسيرا", "اسري", "مختطفين", "مختطفا", "مختطفون", "محتجزين", "محتجز", "محتجزا", "محتجزون", "رهينة", "رهائن", "جثة", "جثث", "ضحية", "ضحايا", "جثمان", "جثمانا", "جثامين",
    "مهجر", "مهجرين", "مشرد", "مشردين", "رفات",
}

#: people counted: folded singular/plural/case forms -> English unit; a True flag: the dual may end -ين
_PERSONS: list[tuple[str, str, bool]] = [
    ("شخص|اشخاص|شخصا|شخصان|شخصين|نسمة|نسمه|فرد|افراد|فردا", "people", True),
    ("مدني|مدنيين|مدنيون|مدنيا|مدنيان|مدنية|مدنيات", "civilians", False),
    ("طفل|اطفال|طفلا|طفلة|طفلان|طفلين|طفلتين|طفلتان|صغار|قاصر|قاصرين|رضيع|رضع|رضيعا|فتى|فتيان|صبي|صبية", "children", True),
    ("امراة|امرأة|نساء|سيدة|سيدات|امراتان|امراتين|سيدتين|سيدتان|مواطنة|مواطنات|فتاة|فتيات|فتاتين", "women", True),
    ("رجل|رجال|رجلا|رجلان|رجلين|شاب|شبان|شابا|شابان|شابين|شباب|مواطن|مواطنين|مواطنون|مواطنا", "men", True),
    ("عنصر|عناصر|عنصرا|عنصران|عنصرين|مقاتل|مقاتلين|مقاتلون|مقاتلا|مسلح|مسلحين|مسلحا|مسلحون|"
     "جهادي|جهاديين|متشدد|متشددين|ارهابي|ارهابيين|ارهابيا|منشق|منشقين|منشقا|منشقون|قيادي|قياديين|قياديا|"
     "مهاجم|مهاجمين|مهاجمون|مهاجما|متمرد|متمردين|متمردون|متمردا", "fighters", True),
    ("جندي|جنود|جنديا|جنديان|جنديين|عسكري|عسكريين|عسكريا|عسكريون|ضابط|ضباط|ضابطا|ضابطين|شرطي|شرطيين|"
     "منتسب|منتسبا|منتسبين|منتسبي|منتسبان|"
     "عناصرها|عسكريان", "soldiers", True),
    ("صحفي|صحفيين|صحفيا|صحافي|صحافيين|مسعف|مسعفين|مسعفا|طبيب|اطباء|ممرض|ممرضين|عامل|عمال|عاملين|موظف|"
     "موظفين|طالب|طلاب|طالبة|طالبات|اعلامي|اعلاميين|اعلامية|اعلاميا|تلميذ|تلاميذ|متطوع|متطوعين|متطوعون|متطوعا|معلم|معلمين|ممرضة|ممرضات|ممرضتان|ممرضتين|متظاهر|متظاهرين|مهاجر|مهاجرين|مهاجرا|مسافر|مسافرين|بحار|بحارة|بحارا|مشتبه|مشتبها|مشتبهين|سجين|"
     "سجناء|ناشط|ناشطين|معارض|معارضين|مدرس|شيخ|مسن|مسنين|مسنا|مسنة|مسنات|كبار|قتيل|قتلي|جريح|جرحي|مصاب|"
     "مصابين|ضحية|ضحايا|فلسطيني|فلسطينيين|فلسطينيا|سوري|سوريين|سوريون|عراقي|عراقيين|عراقيا|يمني|يمنيين|يمنيا|"
     "ليبي|ليبيين|ليبيا|لبناني|لبنانيين|لبنانيا|سوداني|سودانيين|سودانيا|اسرائيلي|اسرائيليين|اسرائيليا|"
     "كردي|اكراد|تركي|اتراك|اجنبي|اجانب|زائر|زوار|حاج|حجاج|مصلي|مصلين|نازح|نازحين|لاجئ|لاجئين|"
     # more nationalities (an accusative that spells a country, ليبيا، نيجيريا، اريتريا، روسيا، اوكرانيا, is left out)
     "مصري|مصريين|مصريون|مصريا|تشادي|تشاديين|تشاديا|صومالي|صوماليين|صوماليا|اريتري|اريتريين|اثيوبي|اثيوبيين|"
     "نيجيري|نيجيريين|بنغالي|بنغاليين|بنغاليا|باكستاني|باكستانيين|باكستانيا|افغاني|افغان|افغانيا|اردني|اردنيين|"
     "اردنيا|ايراني|ايرانيين|ايرانيا|مغربي|مغاربة|مغربيا|تونسي|تونسيين|تونسيا|جزائري|جزائريين|جزائريا|"
     "اوكراني|اوكرانيين|روسي|روس|سعودي|سعوديين|سعوديا|اماراتي|اماراتيين|قطري|قطريين|كويتي|كويتيين|"
     "عماني|عمانيين|بحريني|بحرينيين", "people", True),
    ("اسرة|اسر|عائلة|عائلات|اسرات|عوائل|اسرتين|عائلتين|اسرتان|عائلتان", "households", True),
]
_PERSON = {fold(f): unit for alt, unit, _ in _PERSONS for f in alt.split("|")}
_THINGS: list[tuple[str, str]] = [
    ("دبابة|دبابات|اليات|الية|مدرعة|مدرعات|عربة|عربات|عجلة|عجلات|سيارة|سيارات|مركبة|مركبات|شاحنة|شاحنات|حافلة|حافلات|"
     "قافلة|قوافل", "vehicles"),
    ("طائرة|طائرات|طائرتين|طائرتان|مروحية|مروحيات|مسيرة|مسيرات", "aircraft"),
    ("عبوة|عبوات|عبوتين|عبوتان|حزام|احزمة|لغم|الغام|سلاح|اسلحة|بندقية|بنادق|قطعة|قطع|رشاش|رشاشات|راجمة|راجمات|مدفع|مدافع|"
     "قاذفة|قاذفات|قاذف", "weapons"),
    ("زورق|زوارق|سفينة|سفن|قارب|قوارب", "vehicles"),
    ("طلقة|طلقات|رصاصة|رصاصات", "rounds"),
    ("رحلة|رحلات|رحلتين|رحلتان|حادثة|حوادث|حادث|حادثتين|واقعة|وقائع|مجزرة|مجازر|مجزرتين|مجزرتان|مهمة|مهام|مهمات", "events"),
    ("وجبة|وجبات|فرشة|فرش|بطانية|بطانيات|سلة|سلال|طرد|طرود|حصة|حصص|مجموعة|مجموعات|حقيبة|حقائب|شادر|شوادر|"
     "مشمع|مشمعات|كيس|اكياس", "items"),
    ("حظيرة|حظائر|بركس|بركسات|كرفان|كرفانات", "sites"),
    ("اسم|اسما|اسماء", "names"),  # "قوائم تضم نحو 15 ألف اسم": names on a list, not people
    ("طلب|طلبا|طلبات|نداء|نداءات|مكالمة|مكالمات", "requests"),
    ("جنسية|جنسيات", "nationalities"),
    ("صاروخ|صواريخ|قذيفة|قذائف|برميل|براميل|غارة|غارات|ضربة|ضربات|قنبلة|قنابل|هجوم|هجمات|انفجار|تفجير|"
     "تفجيرات|تفجيرين|غاراتها|عملية|عمليات|كمين|كمائن", "strikes"),
    ("منزل|منازل|منزلا|بيت|بيوت|مبني|مباني|ابنية|بناء|مسكن|مساكن|وحدة|مستشفي|مستشفيات|مدرسة|مدارس|مدرستين|"
     "مسجد|مساجد|قرية|قري|بلدة|بلدات|مدينة|مدن|حي|احياء|مخيم|مخيمات|منشاة|منشات|مركز|مراكز|موقع|مواقع|مجمع|"
     "مجمعات|مديرية|مديريات|محافظة|محافظات|ولاية|ولايات|منطقة|مناطق|نقطة|نقاط|معبر|معابر|"
     "جسر|جسور|مطار|مطارات|سفينة|سفن|قارب|قوارب|خيمة|خيام|دولة|دول|بلدا|بلدان|مرة|مرات|"
     "مستودع|مستودعات|مخزن|مخازن|فرن|افران|صيدلية|مشفي|مشافي|مخبز|مخابز|نفق|انفاق|وكر|اوكار|ماوي|ملجا|ملاجئ|"
     "مضافة|مضافات|مقر|مقرات|مكان|اماكن|مؤسسة|مؤسسات|كهف|كهوف|كهفين|كهفان|مقبرة|مقابر|مقبرتين|مقبرتان|سجون|زنزانة|زنازين|مرابض|مربض|منصة|منصات|تحصينات|خندق|خنادق|محل|محلا|محلات|متجر|متجرا|متاجر", "sites"),
]
_THING = {fold(f): unit for alt, unit in _THINGS for f in alt.split("|")}
#: singular person nouns counted as 1 in a tally ("بينهم طفل وامرأة", "مقتل شاب")
SINGULAR_PERSONS = {
    "شخص": "people", "طفل": "children", "طفلة": "children", "امراة": "women", "سيدة": "women", "رجل": "men",
    "شاب": "men", "مواطن": "men", "مواطنة": "women", "عنصر": "fighters", "مقاتل": "fighters", "جندي": "soldiers",
    "ضابط": "soldiers", "عسكري": "soldiers", "منتسب": "soldiers", "مدني": "civilians", "قيادي": "fighters", "مسعف": "people", "صحفي": "people",
    "شهيد": "people", "فتاة": "women", "مسن": "people", "زوجته": "women", "زوجها": "men", "ابنه": "children",
    "ابنته": "children", "جثة": "people", "طبيب": "people", "ممرض": "people", "عامل": "people",
    "شرطي": "soldiers", "مسلح": "fighters", "طيار": "soldiers", "سائق": "people", "رضيع": "children",
    "رضيعة": "children", "فتى": "children", "صبي": "children", "مزارع": "people", "راعي": "people",
    "قائد": "fighters", "امير": "fighters", "متزعم": "fighters", "زعيم": "people", "ثالث": "people", "مسؤول": "people", "ناشط": "people", "طفلها": "children", "طفله": "children", "ابنها": "children", "ابنتها": "children", "شقيقه": "men",
    "شقيقها": "men", "شقيقته": "women", "شقيقتها": "women", "والده": "men", "والدها": "men", "والدته": "women",
    "والدتها": "women", "امه": "women", "امها": "women", "ابوه": "men", "ابيه": "men", "زوجتها": "women",
    "ممرضة": "people", "طبيبة": "people", "مسعفة": "people", "صحفية": "people", "معلمة": "people",
    "حارس": "people", "موظف": "people", "موظفة": "people", "متطوع": "people", "متطوعة": "people",
    "مصور": "people", "معلم": "people", "طالبة": "people", "تلميذ": "children", "تلميذة": "children",
    "اعلامي": "people", "اعلامية": "people",
}  # (not "طالب": also the verb "demanded", and "طالب لجوء", an asylum-seeker)
#: duals: folded dual form -> English unit (people only; event duals such as تفجيرين are things)
_DUAL_STEMS = {"قتيل": "people", "جريح": "people", "شهيد": "people", "طفل": "children", "طفلت": "children",
               "رهينت": "people",  # "تحرير رهينتين": two hostages
               "اصابت": "people",  # "إصابتين بالرصاص": two injured
               "امرات": "women", "سيدت": "women", "رجل": "men", "شاب": "men", "شخص": "people", "عنصر": "fighters",
               "جندي": "soldiers", "ضابط": "soldiers", "مقاتل": "fighters", "مدني": "civilians", "قائد": "fighters",
               "مدنيت": "civilians", "جثت": "people", "مسعف": "people", "صحفي": "people", "فتات": "women",
               "مواطن": "people", "مواطنت": "women", "قيادي": "fighters", "ابن": "children", "شقيق": "men",
               "مصاب": "people", "مسلح": "fighters", "اسير": "people", "معتقل": "people", "عسكري": "soldiers",
               "لاجئ": "people", "نازح": "people", "مفقود": "people", "طبيب": "people", "ممرض": "people",
               "معلم": "people", "طالب": "people", "عامل": "people", "موظف": "people", "ناشط": "people",
               "متظاهر": "people", "مهاجر": "people", "ممرضت": "people", "سائق": "people", "حارس": "people", "شرطي": "soldiers",
               "مزارع": "people", "صياد": "people", "راع": "people", "اخو": "men", "شقيقت": "women", "ابنت": "children",
               "زوج": "people", "مواطنين": "people", "بحار": "people", "حالت": "people"}
#: stems whose plural is a sound masculine -ين (their -ين form is a plural, not a dual)
_SOUND_PLURAL = {"معلم", "موظف", "ناشط", "متظاهر", "مهاجر", "سائق", "مزارع", "صياد", "ممرض", "عامل", "مدني", "مقاتل", "مسعف", "صحفي", "مواطن", "مصاب", "مسلح", "معتقل", "عسكري", "لاجئ", "نازح",
                 "مفقود", "قيادي"}


def forms(word: str) -> Iterator[str]:
    """The word and its forms without clitics: conjunction, preposition, article (longest first)."""
    yield word
    w = word
    if len(w) > 3 and w[0] in "وف":
        w = w[1:]
        yield w
    if len(w) > 3 and w[0] in "بلك" and not w.startswith("لل"):
        yield w[1:]
        if w[1:].startswith("ال"):
            yield strip_article(w[1:])
    stripped = strip_article(w)
    if stripped != w:
        yield stripped


@lru_cache(maxsize=65536)
def cue(word: str) -> str | None:
    """The metric a word signals through its clitics, or None."""
    if any(f in _NOT_CUES for f in forms(word)):
        return None
    for f in forms(word):
        if f in _CUE:
            return _CUE[f]
        if len(f) > 4 and f.endswith("ا") and f[:-1] in _CUE:  # accusative -ًا: نزوحا, قتلا
            return _CUE[f[:-1]]
        if "يء" in f and f.replace("يء", "ئ") in _CUE:  # لاجىء for لاجئ
            return _CUE[f.replace("يء", "ئ")]
    for f in forms(word):  # verb endings and present-tense prefixes: شردوا, نزحن, ينزحون, تعود
        for suffix in _VERB_SUFFIXES:
            if f.endswith(suffix) and len(f) - len(suffix) >= 3:
                stem = f[: -len(suffix)]
                if stem in _CUE:
                    return _CUE[stem]
                if stem[-1] in "\u0624\u0626" and stem[:-1] + "\u0621" in _CUE:
                    return _CUE[stem[:-1] + "\u0621"]  # the hamza's seat before a suffix: اجلاؤها, اخلائهم
                if stem[0] in "يت" and len(stem) >= 4 and stem[1:] in _CUE:
                    return _CUE[stem[1:]]
    return None


#: Words a verb ending would read as a cue (folded): "لجان" (committees) is not "لجأ" with a suffix.
_NOT_CUES = {fold(w) for w in ("لجان", "لجنة", "لجنتي", "لجنتان")}

_VERB_SUFFIXES = ("وا", "ون", "ت", "ن", "هم", "ها", "ه", "تهم", "تها")


@lru_cache(maxsize=65536)
def base(word: str) -> str:
    """The first clitic-stripped form of ``word`` that is a known noun or cue, else the word."""
    for f in forms(word):
        if "يء" in f:
            f = f.replace("يء", "ئ")
        if f in _PERSON or f in _THING or f in _CUE or f in SINGULAR_PERSONS:
            return f
    return word


def person(word: str) -> str | None:
    """The English unit of a person noun (through clitics), or None."""
    for f in forms(word):
        if f in _PERSON:
            return _PERSON[f]
    return None


#: nationality nouns of the person list -> the English demonym an English row's unit has ("Syrians"), so the
#: claim check reads whose people they are (refugees) as it does for English rows
_DEMONYMS = {fold(f): unit for alt, unit in (
    ("سوري|سوريين|سوريون", "syrians"), ("فلسطيني|فلسطينيين|فلسطينيا", "palestinians"),
    ("عراقي|عراقيين|عراقيا", "iraqis"), ("يمني|يمنيين|يمنيا", "yemenis"), ("ليبي|ليبيين", "libyans"),
    ("لبناني|لبنانيين|لبنانيا", "lebanese"), ("سوداني|سودانيين|سودانيا", "sudanese"),
    ("اسرائيلي|اسرائيليين|اسرائيليا", "israelis"), ("تركي|اتراك", "turks"), ("كردي|اكراد", "kurds"),
    ("مصري|مصريين|مصريون|مصريا", "egyptians"), ("تشادي|تشاديين|تشاديا", "chadians"),
    ("صومالي|صوماليين|صوماليا", "somalis"), ("اريتري|اريتريين", "eritreans"), ("اثيوبي|اثيوبيين", "ethiopians"),
    ("نيجيري|نيجيريين", "nigerians"), ("بنغالي|بنغاليين|بنغاليا", "bangladeshis"),
    ("باكستاني|باكستانيين|باكستانيا", "pakistanis"), ("افغاني|افغان|افغانيا", "afghans"),
    ("اردني|اردنيين|اردنيا", "jordanians"), ("ايراني|ايرانيين|ايرانيا", "iranians"),
    ("مغربي|مغاربة|مغربيا", "moroccans"), ("تونسي|تونسيين|تونسيا", "tunisians"),
    ("جزائري|جزائريين|جزائريا", "algerians"), ("اوكراني|اوكرانيين", "ukrainians"), ("روسي|روس", "russians"),
    ("سعودي|سعوديين|سعوديا", "saudis"), ("اماراتي|اماراتيين", "emiratis"), ("قطري|قطريين", "qataris"),
    ("كويتي|كويتيين", "kuwaitis"), ("عماني|عمانيين", "omanis"), ("بحريني|بحرينيين", "bahrainis"))
    for f in alt.split("|")}


#: The country (ISO2) of each demonym of :data:`_DEMONYMS`: people who cross into their own country go home.
DEMONYM_COUNTRY = {"syrians": "SY", "palestinians": "PS", "iraqis": "IQ", "yemenis": "YE", "libyans": "LY",
                   "lebanese": "LB", "sudanese": "SD", "israelis": "IL", "turks": "TR", "egyptians": "EG",
                   "chadians": "TD", "somalis": "SO", "eritreans": "ER", "ethiopians": "ET", "nigerians": "NG",
                   "bangladeshis": "BD", "pakistanis": "PK", "afghans": "AF", "jordanians": "JO", "iranians": "IR",
                   "moroccans": "MA", "tunisians": "TN", "algerians": "DZ", "ukrainians": "UA", "russians": "RU",
                   "saudis": "SA", "emiratis": "AE", "qataris": "QA", "kuwaitis": "KW", "omanis": "OM",
                   "bahrainis": "BH"}


def demonym(word: str) -> str | None:
    """The English demonym ("syrians") of a nationality noun of the person list (through clitics), or None."""
    for f in forms(word):
        if f in _DEMONYMS:
            return _DEMONYMS[f]
    return None


def thing(word: str) -> str | None:
    """The English unit of a counted thing (vehicles, aircraft, strikes, sites), or None; an accusative
    singular with its tanween alef (موقعا, مخيما) is read as the noun."""
    for f in forms(word):
        if f in _THING:
            return _THING[f]
        if len(f) > 3 and f.endswith("ا") and f[:-1] in _THING:
            return _THING[f[:-1]]
    return None


_DUAL_END = re.compile(r"(?:ان|ين|انا|اني|ي)$")


@lru_cache(maxsize=65536)
def dual(word: str) -> str | None:
    """The unit when ``word`` is the dual of a person noun (a count of 2), else None.

    Nominative -ان always; oblique -ين only for nouns with a broken plural (طفلين; مدنيين is plural);
    a definite dual (الطفلين) is a reference to two known people, still a count of 2.
    """
    for f in forms(word):
        for end in ("ان", "ين", "اهما", "اه", "اها", "اهم", "يه", "يها", "يهما"):
            if f.endswith(end) and len(f) > len(end) + 2:
                stem = f[: -len(end)]
                if stem in _DUAL_STEMS and not (end in ("ين", "يه", "يها", "يهما") and stem in _SOUND_PLURAL):
                    return _DUAL_STEMS[stem]
    return None


#: duals of things (folded stem -> English unit): "أسقطت طائرتين", "دمرت دبابتين"; read as 2 only right after a cue
_THING_DUAL_STEMS = {"رشاش": "weapons", "قاذف": "weapons", "بندقيت": "weapons", "صاروخ": "strikes", "نفق": "sites", "طائرت": "aircraft", "مسيرت": "aircraft", "مروحيت": "aircraft", "دبابت": "vehicles", "دراجت": "vehicles", "مسكن": "sites",
                     "سيارت": "vehicles", "مركبت": "vehicles", "عربت": "vehicles", "اليت": "vehicles", "عجلت": "vehicles",
                     "مدفع": "weapons", "شاحنت": "vehicles", "زورق": "vehicles", "مدرعت": "vehicles",
                     "منزل": "sites", "بيت": "sites", "مدرست": "sites", "مخزن": "sites", "مستودع": "sites", "مضافت": "sites"}


def thing_dual(word: str) -> str | None:
    """The unit when ``word`` is the dual of a thing (طائرتين, دبابتان, منزلين), else None."""
    for f in forms(word):
        for end in ("ين", "ان"):
            if f.endswith(end) and f[: -len(end)] in _THING_DUAL_STEMS:
                return _THING_DUAL_STEMS[f[: -len(end)]]
    return None


@lru_cache(maxsize=65536)
def nisba_dual(word: str) -> bool:
    """A nominative dual of a nisba adjective of people (فلسطينيان, سوريان, عراقيان): read as 2 only beside
    a cue (the caller checks). A word with the article is no count ("البيان", the statement)."""
    for f in forms(word):
        if f.endswith("يان") and len(f) >= 6 and not f.startswith("ال") and f[:-2] not in _THING:
            return True
    return False


#: words right after a number that make it a non-count: durations, ages, measures, money, percentages
NON_COUNT_AFTER = set(
    "عام عاما اعوام سنة سنوات سنين سنه عامين سنتين يوم يوما ايام يومين ساعة ساعات ساعه دقيقة دقائق ثانية ثوان "
    "اسبوع اسبوعا اسابيع اسبوعين شهر شهرا اشهر شهور شهرين عقد عقود قرن كم كيلومتر كيلومترا كيلومترات كلم متر "
    "مترا امتار ميل ميلا اميال دولار دولارا يورو ليرة جنيه ريال دينار درهم طن اطنان كغ كيلوغرام كيلوغراما "
    "بالمئة بالمائة % سنتيمتر هكتار هكتارا هكتارات دونم دونما دونمات فدان فدانا ملم لتر لترا طوابق طابق طابقا "
    "شيكل شيكلا شيقل شواكل طنا اطنانا حبة حبات قرص اقراص كف كفوف محاولة محاولات راس راسا رؤوس رسالة رسائل زيارة زيارات "
    "اضعاف ضعف ضعفا ضعفي".split())  # (and a multiple: "بثلاثة أضعاف طاقته")
#: months (Levantine, Egyptian/Gulf, Maghreb spellings): a number beside one is a date
MONTHS = set(
    "كانون شباط اذار نيسان ايار حزيران تموز اب ايلول تشرين يناير فبراير مارس ابريل مايو يونيو يوليو "
    "اغسطس سبتمبر اكتوبر نوفمبر ديسمبر جانفي فيفري افريل ماي جوان جويلية اوت غشت شتنبر نونبر دجنبر "
    "يونيه يوليه".split())
#: words right before a number that make it a non-count: ages, years, hours, names with numbers
NON_COUNT_BEFORE = set(
    "عمر العمر عمره عمرها عمرهم اعمار اعمارهم اعمارهن بعمر عام العام سنة السنة الساعة رقم الرقم القرار الفرقة اللواء الفوج الكتيبة "
    "المادة الفقرة الطريق الصفحة الجزء الدورة الطابق الحلقة الاية الفيلق لعام عامي بتاريخ الشارع المرحلة "
    "الجولة الكيلو البند ميغ سوخوي طراز سن السن".split())  # (and a model: "ميغ 23", "من طراز 21")

NOUN_METRIC = {fold(w) for w in NOUN_METRIC}
#: kin with a possessive ending (زوجته, والدتهم, شقيقيه): one person each in a tally
KIN: set[str] = set()
for _stem, _unit in (("زوج", "people"), ("زوجت", "women"), ("ابن", "children"), ("ابنت", "children"),
                     ("والد", "men"), ("والدت", "women"), ("ام", "women"), ("اب", "men"), ("ابو", "men"),
                     ("شقيق", "men"), ("شقيقت", "women"), ("اخ", "men"), ("اخو", "men"), ("اخت", "women"),
                     ("طفل", "children"), ("طفلت", "children"), ("جد", "men"), ("جدت", "women"),
                     ("حفيد", "children"), ("حفيدت", "children"), ("زوجت", "women"), ("نجل", "children"),
                     ("نجلت", "children")):
    for _end in ("ه", "ها", "هم", "هما", "هن"):
        SINGULAR_PERSONS.setdefault(_stem + _end, _unit)
        KIN.add(_stem + _end)
SINGULAR_PERSONS = {fold(k): v for k, v in SINGULAR_PERSONS.items()}
_DUAL_STEMS = {fold(k): v for k, v in _DUAL_STEMS.items()}
_SOUND_PLURAL = {fold(w) for w in _SOUND_PLURAL}
NON_COUNT_AFTER = {fold(w) for w in NON_COUNT_AFTER}
MONTHS = {fold(w) for w in MONTHS}
NON_COUNT_BEFORE = {fold(w) for w in NON_COUNT_BEFORE}


@lru_cache(maxsize=65536)
def metric_noun(word: str) -> bool:
    """True when ``word`` (through its clitics) is a noun that is itself a metric word (قتيلا, النازحين)."""
    for f in forms(word):
        if f in NOUN_METRIC or ("يء" in f and f.replace("يء", "ئ") in NOUN_METRIC):
            return True
    return False
