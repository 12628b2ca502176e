//! Text matching that ignores case and accents, so "cote" finds
//! "Côte d’Ivoire" and "turkiye" finds "Türkiye".

/// Lower-cases `s`, drops accents from Latin letters and straightens quotes;
/// lower-cases Cyrillic, and drops Arabic's short vowels and alef's hamza
/// and madda, so "россия" finds "Россия" and "افغانستان" "أفغانستان".
// The Arabic and Cyrillic cases are tests and sums outside the Latin
// match: as arms of it they cost the first load three times the bytes.
pub fn fold(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        // Arabic's short vowels and the dagger alef: written or not alike.
        if !matches!(c, '\u{64b}'..='\u{65f}' | '\u{670}') {
            out.push(fold_char(c));
        }
    }
    out
}

/// Member names and aliases use only the accented letters below; ASCII
/// lower-casing after them, and Cyrillic's capitals moved by their offset,
/// avoid shipping Unicode's case tables.
fn fold_char(c: char) -> char {
    let n = c as u32;
    // Alef with madda or hamza (آ أ, then إ) or wasla (ٱ): a bare alef.
    if n | 1 == 0x623 || n == 0x625 || n == 0x671 {
        return 'ا';
    }
    // Ѐ-Џ, then А-Я: 80 and 32 before their lower case.
    if (0x400..0x430).contains(&n) {
        return char::from_u32(n + if n < 0x410 { 80 } else { 32 }).unwrap_or(c);
    }
    let base = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => 'a',
        'ç' | 'Ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => 'i',
        'ñ' | 'Ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => 'u',
        'ý' | 'ÿ' | 'Ý' => 'y',
        '’' | '‘' | '`' => '\'',
        other => other,
    };
    base.to_ascii_lowercase()
}

/// Whether `haystack` contains `needle`, both folded. An empty needle matches.
pub fn contains_folded(haystack: &str, needle: &str) -> bool {
    has_part(&fold(haystack), &fold(needle.trim()))
}

/// Whether `part` occurs in `text`. A plain scan: names are short, and it
/// spares the wasm the general string searcher.
pub fn has_part(text: &str, part: &str) -> bool {
    part.is_empty()
        || text
            .as_bytes()
            .windows(part.len())
            .any(|w| w == part.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn cyrillic_capitals_fold_to_lower_case() {
        assert_eq!(fold("Россия"), "россия");
        assert_eq!(
            fold("АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"),
            "абвгдежзийклмнопрстуфхцчшщъыьэюя"
        );
        // The range before А: Ё, Ђ … Џ.
        assert_eq!(fold("ЁЂЃЄЅІЇЈЉЊЋЌЍЎЏЀ"), "ёђѓєѕіїјљњћќѝўџѐ");
        // Lower case stays as it is.
        assert_eq!(fold("ёжя"), "ёжя");
    }

    #[test]
    fn arabic_loses_short_vowels_and_alef_forms_fold_to_bare_alef() {
        // Fatha, damma, kasra, shadda, sukun, tanwin and the dagger alef go.
        assert_eq!(fold("مُحَمَّد"), "محمد");
        assert_eq!(fold("\u{64b}\u{65f}\u{670}"), "");
        assert_eq!(fold("أإآٱا"), "ااااا");
        assert_eq!(fold("أفغانستان"), "افغانستان");
        // A letter just outside the harakat stays.
        assert_eq!(fold("\u{660}\u{64a}"), "\u{660}\u{64a}");
    }

    #[test]
    fn latin_folding_is_unchanged_and_other_scripts_pass_through() {
        assert_eq!(fold("Côte d’Ivoire"), "cote d'ivoire");
        assert_eq!(fold("TÜRKIYE"), "turkiye");
        assert_eq!(fold("中国"), "中国");
    }
}
