//! The compiled core of cleaner: hot loops of the text engine, giving the same bytes as the
//! Python engine (cleaner.ruleset.literals), which stays the reference and the fallback.
//!
//! So far: `fold` (the comparison form of a text) and `Scanner` (every literal of a fixed set
//! on each line of a text, in one Aho-Corasick pass per line). Unicode facts come from the
//! Python the tables were generated under (tables.rs, tools/gen_unicode_tables.py), never from
//! Rust's own, so that casefolding agrees code point by code point.

use std::collections::HashMap;
use std::sync::Mutex;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use pyo3::prelude::*;

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
    tables::NONZERO_DIGITS
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

#[pymodule]
fn cleaner_core(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add("UNICODE_VERSION", tables::UNICODE_VERSION)?;
    module.add("__version__", env!("CARGO_PKG_VERSION"))?;
    module.add_function(wrap_pyfunction!(fold, module)?)?;
    module.add_class::<Scanner>()?;
    Ok(())
}
