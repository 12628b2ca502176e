//! The UN's six languages, as the pages name and mark them: English at the
//! site's root, each other in its own folder (`fr/`), named in itself.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Language {
    /// The folder and the content's name for it (`content/fr/`).
    pub code: &'static str,
    /// `<html lang>` and `hreflang`: Chinese is written in simplified
    /// characters (`zh-Hans`).
    pub tag: &'static str,
    /// Written right to left (Arabic).
    pub rtl: bool,
    /// Its name in itself, for the language switcher.
    pub name: &'static str,
    /// The line offering a page in it, written in it (the English pages'
    /// offer to a reader whose browser prefers it).
    pub offer: &'static str,
}

impl Language {
    /// The folder its pages live in, from the site's root: "" or "fr/".
    pub fn folder(&self) -> String {
        if self.code == "en" {
            String::new()
        } else {
            format!("{}/", self.code)
        }
    }

    pub const fn dir(&self) -> &'static str {
        if self.rtl {
            "rtl"
        } else {
            "ltr"
        }
    }
}

pub const ENGLISH: Language = Language {
    code: "en",
    tag: "en",
    rtl: false,
    name: "English",
    offer: "Read this page in English",
};

/// In the UN's order: English, then French, Spanish, Russian, Chinese and
/// Arabic (build_support/translations.rs lists the translated five).
pub const LANGUAGES: [Language; 6] = [
    ENGLISH,
    Language {
        code: "fr",
        tag: "fr",
        rtl: false,
        name: "Français",
        offer: "Lire cette page en français",
    },
    Language {
        code: "es",
        tag: "es",
        rtl: false,
        name: "Español",
        offer: "Leer esta página en español",
    },
    Language {
        code: "ru",
        tag: "ru",
        rtl: false,
        name: "Русский",
        offer: "Читать эту страницу на русском",
    },
    Language {
        code: "zh",
        tag: "zh-Hans",
        rtl: false,
        name: "中文",
        offer: "阅读本页中文版",
    },
    Language {
        code: "ar",
        tag: "ar",
        rtl: true,
        name: "العربية",
        offer: "اقرأ هذه الصفحة بالعربية",
    },
];

pub fn language(code: &str) -> Option<Language> {
    LANGUAGES.into_iter().find(|l| l.code == code)
}
