//! The compiled core of cleaner: hot loops of the text engine, giving the same bytes as the
//! Python engine (cleaner.ruleset.literals), which stays the reference and the fallback.
//!
//! So far: `fold` (the comparison form of a text) and `Scanner` (every literal of a fixed set
//! on each line of a text, in one Aho-Corasick pass per line). Unicode facts come from the
//! Python the tables were generated under (tables.rs, tools/gen_unicode_tables.py), never from
//! Rust's own, so that casefolding agrees code point by code point.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use pyo3::prelude::*;
use regex::{Regex, RegexBuilder};

mod tables;

/// `str.casefold` of one character, when it changes it (Python's table).
fn casefold(c: char) -> Option<&'static str> {
    let point = c as u32;
    tables::CASEFOLD
        .binary_search_by_key(&point, |&(p, _)| p)
        .ok()
        .map(|i| tables::CASEFOLD[i].1)
}

/// Whether a character is a decimal digit (category Nd) other than "0".
fn nonzero_digit(c: char) -> bool {
    let point = c as u32;
    if c.is_ascii() {
        return ('1'..='9').contains(&c);
    }
    in_ranges(point, tables::NONZERO_DIGITS)
}

/// Whether `point` lies in one of `ranges` (sorted, not overlapping).
fn in_ranges(point: u32, ranges: &[(u32, u32)]) -> bool {
    ranges
        .binary_search_by(|&(low, high)| {
            if high < point {
                std::cmp::Ordering::Less
            } else if low > point {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

fn push_folded(c: char, out: &mut String) {
    if c == '\u{131}' {
        out.push('i'); // dotless i read as i (regex's IGNORECASE matches them)
    } else if nonzero_digit(c) {
        out.push('0');
    } else {
        out.push(c);
    }
}

/// The comparison form of a text, as cleaner.ruleset.literals.fold gives it: casefolded,
/// dotless i read as i, every decimal digit read as 0.
fn fold_text(text: &str, out: &mut String) {
    out.clear();
    for c in text.chars() {
        if c.is_ascii() {
            let lower = c.to_ascii_lowercase();
            out.push(if ('1'..='9').contains(&lower) {
                '0'
            } else {
                lower
            });
            continue;
        }
        match casefold(c) {
            Some(folded) => folded.chars().for_each(|d| push_folded(d, out)),
            None => push_folded(c, out),
        }
    }
}

/// The comparison form of a text (see cleaner.ruleset.literals.fold).
#[pyfunction]
fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_text(text, &mut out);
    out
}

/// Lines remembered by a Scanner, up to a budget of characters (then it starts again), each
/// with the number of its set of literals (0: none); and those sets, by number.
struct Memo {
    lines: HashMap<String, u32>,
    chars: usize,
    sets: HashMap<Vec<u32>, u32>,
}

/// A set of literals as `scan` reports it: its number, and the literals' numbers, sorted.
type NumberedSet = (u32, Vec<u32>);

/// Characters of lines a Scanner remembers before it forgets them all (cleaner.memo's budget).
const MEMO_BUDGET: usize = 2_000_000;
/// Longer lines are scanned every time, not remembered (cleaner.memo.MEMO_MAX_LINE).
const MEMO_MAX_LINE: usize = 50_000;

/// Finds a fixed set of folded literals on each line of a text (lines split at "\n").
#[pyclass(frozen)]
struct Scanner {
    automaton: Option<AhoCorasick>,
    padded: bool,
    memo: Mutex<Memo>,
}

impl Scanner {
    /// The numbers of the literals on one line, sorted.
    fn literals_on(
        &self,
        automaton: &AhoCorasick,
        line: &str,
        folded: &mut String,
        padded: &mut String,
    ) -> Vec<u32> {
        fold_text(line, folded);
        let haystack: &str = if self.padded {
            padded.clear();
            padded.push('\n');
            padded.push_str(folded);
            padded.push('\n');
            padded
        } else {
            folded
        };
        let mut words: Vec<u32> = automaton
            .find_overlapping_iter(haystack)
            .map(|m| m.pattern().as_u32())
            .collect();
        words.sort_unstable();
        words.dedup();
        words
    }
}

#[pymethods]
impl Scanner {
    /// `literals`: the folded literals, in the order `scan` numbers them.
    #[new]
    fn new(literals: Vec<String>) -> PyResult<Self> {
        let padded = literals.iter().any(|w| w.contains('\n'));
        let automaton = if literals.is_empty() {
            None
        } else {
            let built = AhoCorasickBuilder::new()
                .match_kind(MatchKind::Standard)
                .build(&literals)
                .map_err(|e| pyo3::exceptions::PyValueError::new_err(e.to_string()))?;
            Some(built)
        };
        let memo = Memo {
            lines: HashMap::new(),
            chars: 0,
            sets: HashMap::from([(Vec::new(), 0)]),
        };
        Ok(Scanner {
            automaton,
            padded,
            memo: Mutex::new(memo),
        })
    }

    /// The lines holding one or more literals, as (line index, number of its set of literals),
    /// and the sets numbered in this call for the first time, as (number, the literals' numbers,
    /// sorted). A line is folded first; with a literal holding a line break, each line is
    /// scanned with a line break on either side. Lines are remembered: the passes over a page and
    /// the pages of a site repeat most of theirs.
    fn scan(&self, py: Python<'_>, text: &str) -> (Vec<(usize, u32)>, Vec<NumberedSet>) {
        let Some(automaton) = &self.automaton else {
            return (Vec::new(), Vec::new());
        };
        py.detach(|| {
            let mut memo = self
                .memo
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner());
            let mut found = Vec::new();
            let mut new_sets = Vec::new();
            let (mut folded, mut padded) = (String::new(), String::new());
            for (index, line) in text.split('\n').enumerate() {
                let set = match memo.lines.get(line) {
                    Some(&set) => set,
                    None => {
                        let words = self.literals_on(automaton, line, &mut folded, &mut padded);
                        let next = memo.sets.len() as u32;
                        let set = *memo.sets.entry(words.clone()).or_insert(next);
                        if set == next {
                            new_sets.push((set, words));
                        }
                        if line.len() <= MEMO_MAX_LINE {
                            if memo.chars + line.len() > MEMO_BUDGET {
                                memo.lines.clear();
                                memo.chars = 0;
                            }
                            memo.chars += line.len();
                            memo.lines.insert(line.to_owned(), set);
                        }
                        set
                    }
                };
                if set != 0 {
                    found.push((index, set));
                }
            }
            (found, new_sets)
        })
    }
}

// ---- patterns ---------------------------------------------------------------------------------

/// Characters (code points) before each byte offset of `text`, for offsets given in increasing
/// order: Python indexes strings by code point, Rust by byte.
struct CharOffsets<'t> {
    text: &'t str,
    ascii: bool,
    byte: usize,
    chars: usize,
}

impl<'t> CharOffsets<'t> {
    fn new(text: &'t str) -> Self {
        CharOffsets { text, ascii: text.is_ascii(), byte: 0, chars: 0 }
    }

    /// The code point offset of byte offset `at` (not before the last one asked).
    fn at(&mut self, at: usize) -> usize {
        if self.ascii {
            return at;
        }
        self.chars += self.text[self.byte..at].chars().count();
        self.byte = at;
        self.chars
    }
}

/// Code point ranges, sorted: where this crate's `\w` and the `regex` module's differ.
type Ranges = Vec<(u32, u32)>;

fn holds_any(text: &str, ranges: &[(u32, u32)]) -> bool {
    !ranges.is_empty()
        && !text.is_ascii()
        && text.chars().any(|c| !c.is_ascii() && in_ranges(c as u32, ranges))
}

/// A rule pattern translated to this crate's syntax (cleaner.ruleset.translate), compiled on
/// first use: as written (search, finditer) and anchored at both ends (fullmatch).
///
/// A pattern with parts written in this crate's own Unicode classes (a word boundary, `\w`,
/// `\p{..}`) carries `guard`, the code points those parts and the `regex` module's disagree on:
/// on a text holding one, every method returns None and the caller asks `regex`. It does the
/// same for good if the compiled pattern would outgrow `SIZE_LIMIT` (counted repeats of large
/// classes): such a pattern stays with `regex`.
#[pyclass(frozen)]
struct Pattern {
    source: String,
    regex: OnceLock<Option<Regex>>,
    whole: OnceLock<Option<Regex>>,
    guard: Ranges,
}

/// Bytes a compiled pattern may take: a bigger one is left to `regex` (its compile alone would
/// cost more than the core saves).
const SIZE_LIMIT: usize = 4 << 20;

fn build(source: &str) -> Option<Regex> {
    RegexBuilder::new(source)
        .size_limit(SIZE_LIMIT)
        .dfa_size_limit(16 << 20)
        .build()
        .ok()
}

impl Pattern {
    fn unsure(&self, text: &str) -> bool {
        holds_any(text, &self.guard)
    }

    fn regex(&self) -> Option<&Regex> {
        self.regex.get_or_init(|| build(&self.source)).as_ref()
    }

    fn whole(&self) -> Option<&Regex> {
        self.whole
            .get_or_init(|| build(&format!(r"\A(?:{})\z", self.source)))
            .as_ref()
    }
}

#[pymethods]
impl Pattern {
    #[new]
    #[pyo3(signature = (source, guard = Vec::new()))]
    fn new(source: &str, guard: Ranges) -> PyResult<Self> {
        regex_syntax::ParserBuilder::new()
            .build()
            .parse(source)
            .map_err(|e| pyo3::exceptions::PyValueError::new_err(e.to_string()))?;
        Ok(Pattern {
            source: source.to_owned(),
            regex: OnceLock::new(),
            whole: OnceLock::new(),
            guard,
        })
    }

    /// Whether the pattern matches all of `text` (None: ask `regex`, see the type).
    fn fullmatch(&self, text: &str) -> Option<bool> {
        if self.unsure(text) {
            return None;
        }
        self.whole().map(|whole| whole.is_match(text))
    }

    /// The code point span of the first match in `text`, (-1, -1) if there is none (None: ask
    /// `regex`).
    fn search(&self, text: &str) -> Option<(isize, isize)> {
        if self.unsure(text) {
            return None;
        }
        let Some(m) = self.regex()?.find(text) else {
            return Some((-1, -1));
        };
        if text.is_ascii() {
            return Some((m.start() as isize, m.end() as isize));
        }
        let start = text[..m.start()].chars().count();
        let end = start + text[m.start()..m.end()].chars().count();
        Some((start as isize, end as isize))
    }

    /// Every match, left to right and not overlapping, as the code point spans of its groups
    /// (group 0 first; None for a group that took no part). None: ask `regex`.
    fn finditer(&self, py: Python<'_>, text: &str) -> Option<Vec<Vec<Option<(usize, usize)>>>> {
        if self.unsure(text) {
            return None;
        }
        let regex = self.regex()?;
        Some(py.detach(|| find_all(regex, text)))
    }

    /// Whether the pattern compiles within the size limit (else every method returns None).
    fn compiles(&self) -> bool {
        self.regex().is_some()
    }
}

fn find_all(regex: &Regex, text: &str) -> Vec<Vec<Option<(usize, usize)>>> {
    let mut offsets = CharOffsets::new(text);
    let ascii = text.is_ascii();
    let mut out = Vec::new();
    let mut locations = regex.capture_locations();
    let mut at = 0;
    while at <= text.len() {
        let Some(whole) = regex.captures_read_at(&mut locations, text, at) else {
            break;
        };
        let (start, end) = (whole.start(), whole.end());
        let first = offsets.at(start);
        // a group's offsets counted from its match's start (groups lie inside the match)
        let inside = |byte: usize| {
            if ascii {
                byte
            } else {
                first + text[start..byte].chars().count()
            }
        };
        let mut spans = Vec::with_capacity(locations.len());
        spans.push(Some((first, inside(end))));
        for index in 1..locations.len() {
            spans.push(locations.get(index).map(|(s, e)| (inside(s), inside(e))));
        }
        out.push(spans);
        offsets.at(end);
        // Patterns that may match the empty string are not translated, so a match moves on.
        at = if end > start { end } else { end + 1 };
    }
    out
}

/// The code points a one-character pattern of this crate's syntax matches (None: it is not one
/// class or one character), read off its parsed form: what the translation compares with the
/// `regex` module's set for the same part before it writes the part in this crate's syntax.
#[pyfunction]
fn class_set(source: &str) -> Option<Ranges> {
    use regex_syntax::hir::{Class, HirKind};
    let hir = regex_syntax::ParserBuilder::new().build().parse(source).ok()?;
    match hir.kind() {
        HirKind::Class(Class::Unicode(class)) => {
            // A range of chars steps over the surrogates, which are not chars: split it there.
            let mut out = Vec::new();
            for range in class.ranges() {
                let (low, high) = (range.start() as u32, range.end() as u32);
                if low < 0xD800 && high > 0xDFFF {
                    out.push((low, 0xD7FF));
                    out.push((0xE000, high));
                } else {
                    out.push((low, high));
                }
            }
            Some(out)
        }
        HirKind::Literal(literal) => {
            let text = std::str::from_utf8(&literal.0).ok()?;
            let mut chars = text.chars();
            let c = chars.next()?;
            chars.next().is_none().then(|| vec![(c as u32, c as u32)])
        }
        _ => None,
    }
}

#[pymodule]
fn cleaner_core(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add("UNICODE_VERSION", tables::UNICODE_VERSION)?;
    module.add("__version__", env!("CARGO_PKG_VERSION"))?;
    module.add_function(wrap_pyfunction!(fold, module)?)?;
    module.add_class::<Scanner>()?;
    module.add_class::<Pattern>()?;
    module.add_function(wrap_pyfunction!(class_set, module)?)?;
    Ok(())
}
