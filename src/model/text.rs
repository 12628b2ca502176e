//! Text matching that ignores case and accents, so "cote" finds
//! "Côte d’Ivoire" and "turkiye" finds "Türkiye".

/// Lower-cases `s`, drops accents from Latin letters and straightens quotes.
pub fn fold(s: &str) -> String {
    s.chars().map(fold_char).collect()
}

/// Member names and aliases use only the accented letters below; ASCII
/// lower-casing after them avoids shipping Unicode's case tables.
fn fold_char(c: char) -> char {
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
