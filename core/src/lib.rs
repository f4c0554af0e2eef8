//! The compiled core of cleaner: hot loops of the text engine, giving the same bytes as the
//! Python engine (cleaner.ruleset.literals), which stays the reference and the fallback.
//!
//! So far: `fold` (the comparison form of a text) and `Scanner` (every literal of a fixed set
//! on each line of a text, in one Aho-Corasick pass per line). Unicode facts come from the
//! Python the tables were generated under (tables.rs, tools/gen_unicode_tables.py), never from
//! Rust's own, so that casefolding agrees code point by code point.

use std::collections::{HashMap, HashSet};
use std::sync::{Mutex, OnceLock};

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use fancy_regex::Regex as FancyRegex;
use pyo3::prelude::*;
use regex::{Regex, RegexBuilder};
use regex_automata::nfa::thompson::pikevm::PikeVM;
use regex_automata::nfa::thompson::WhichCaptures;

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

/// A memo's lock (a memo left half-written by a panic is still a memo: only its entries' count
/// may be off).
fn lock<T>(memo: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    memo.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
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
    by_number: Vec<Vec<u32>>,
    /// Bumped each time the memo starts again: set numbers are valid within one generation.
    generation: u64,
}

impl Memo {
    fn new() -> Memo {
        Memo {
            lines: HashMap::new(),
            chars: 0,
            sets: HashMap::from([(Vec::new(), 0)]),
            by_number: vec![Vec::new()],
            generation: 0,
        }
    }

    /// Forget every line and set once the lines held pass the budget (checked before a text,
    /// never within one: a text's lines are numbered in one generation).
    fn start_again_if_full(&mut self) {
        if self.chars > MEMO_BUDGET {
            let generation = self.generation + 1;
            *self = Memo::new();
            self.generation = generation;
        }
    }
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
        let memo = Memo::new();
        Ok(Scanner {
            automaton,
            padded,
            memo: Mutex::new(memo),
        })
    }

    /// The lines holding one or more literals, as (line index, number of its set of literals);
    /// the sets the caller has not seen, as (number, the literals' numbers, sorted): those
    /// numbered from `known` on if the caller's `generation` is current, else all of them (the
    /// memo started again: numbers were given anew); and the current generation. A line is
    /// folded first; with a literal holding a line break, each line is scanned with a line break
    /// on either side. Lines are remembered, up to a budget: the passes over a page and the pages
    /// of a site repeat most of theirs.
    #[pyo3(signature = (text, known = 1, generation = 0))]
    fn scan(
        &self,
        py: Python<'_>,
        text: &str,
        known: usize,
        generation: u64,
    ) -> (Vec<(usize, u32)>, Vec<NumberedSet>, u64) {
        py.detach(|| {
            let mut memo = lock(&self.memo);
            let numbers = self.line_sets(&mut memo, text);
            let found = numbers
                .into_iter()
                .enumerate()
                .filter(|&(_, set)| set != 0)
                .collect();
            let first = if generation == memo.generation {
                known.max(1)
            } else {
                1
            };
            let new_sets = (first..memo.by_number.len())
                .map(|number| (number as u32, memo.by_number[number].clone()))
                .collect();
            (found, new_sets, memo.generation)
        })
    }
}

impl Scanner {
    /// The number of the set of literals on each line of `text` (split at "\n"; 0: none).
    fn line_sets(&self, memo: &mut Memo, text: &str) -> Vec<u32> {
        let Some(automaton) = &self.automaton else {
            return vec![0; text.split('\n').count()];
        };
        memo.start_again_if_full();
        let (mut folded, mut padded) = (String::new(), String::new());
        let mut numbers = Vec::new();
        for line in text.split('\n') {
            let set = match memo.lines.get(line) {
                Some(&set) => set,
                None => {
                    let words = self.literals_on(automaton, line, &mut folded, &mut padded);
                    let next = memo.sets.len() as u32;
                    let set = *memo.sets.entry(words.clone()).or_insert(next);
                    if set == next {
                        memo.by_number.push(words);
                    }
                    if line.len() <= MEMO_MAX_LINE {
                        memo.chars += line.len();
                        memo.lines.insert(line.to_owned(), set);
                    }
                    set
                }
            };
            numbers.push(set);
        }
        numbers
    }

    /// The literals (numbers, sorted) of each line of `text`.
    fn literals_by_line(&self, text: &str) -> Vec<Vec<u32>> {
        let mut memo = lock(&self.memo);
        let numbers = self.line_sets(&mut memo, text);
        numbers
            .iter()
            .map(|&n| memo.by_number[n as usize].clone())
            .collect()
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
        CharOffsets {
            text,
            ascii: text.is_ascii(),
            byte: 0,
            chars: 0,
        }
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

/// The code point spans of a match's groups, the whole match first (None: a group that took no part).
type GroupSpans = Vec<Option<(usize, usize)>>;

/// Code point ranges, sorted: where this crate's `\w` and the `regex` module's differ.
type Ranges = Vec<(u32, u32)>;

/// Whether `text` holds a code point of `ranges` (all above ASCII): only the characters that
/// start at a non-ASCII byte are decoded, so a page of ASCII prose with a few curly quotes is
/// read at the speed of a byte scan, once for each pattern asked of it.
fn holds_any(text: &str, ranges: &[(u32, u32)]) -> bool {
    if ranges.is_empty() {
        return false;
    }
    let bytes = text.as_bytes();
    let mut at = 0;
    while let Some(start) = next_non_ascii(bytes, at) {
        let c = text[start..]
            .chars()
            .next()
            .expect("a character starts at a non-ASCII lead byte");
        if in_ranges(c as u32, ranges) {
            return true;
        }
        at = start + c.len_utf8();
    }
    false
}

/// The offset of the first byte at or after `from` that is not ASCII: eight bytes at a time
/// (a byte-at-a-time search was half of `holds_any`'s cost on a page of prose).
fn next_non_ascii(bytes: &[u8], from: usize) -> Option<usize> {
    const HIGH_BITS: u64 = 0x8080_8080_8080_8080;
    let mut at = from;
    while let Some(chunk) = bytes.get(at..at + 8) {
        let word = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        if word & HIGH_BITS != 0 {
            break;
        }
        at += 8;
    }
    bytes[at..]
        .iter()
        .position(|&b| b >= 0x80)
        .map(|offset| at + offset)
}

/// A rule pattern translated to this crate's syntax (cleaner.ruleset.translate).
///
/// A plain pattern runs in the `regex` crate (linear time), compiled on first use: as written
/// (search, finditer) and anchored at both ends (fullmatch). A `fancy` one (lookarounds,
/// back-references, atomic groups) runs in `fancy-regex`'s backtracking engine, compiled here
/// (a pattern it cannot compile, such as a lookbehind of varying width, is an error: the caller
/// keeps it with the `regex` module).
///
/// A pattern with parts written in this crate's own Unicode classes (a word boundary, `\w`,
/// `\p{..}`) carries `guard`, the code points those parts and the `regex` module's disagree on:
/// on a text holding one, every method returns None and the caller asks `regex`. It does the
/// same for good if a plain pattern would outgrow `SIZE_LIMIT` (counted repeats of large
/// classes), and for a text on which the backtracking engine gives up (its step limit).
#[pyclass(frozen)]
struct Pattern {
    source: String,
    engine: Engine,
    guard: Ranges,
}

#[allow(clippy::large_enum_variant)] // one per pattern: the size does not matter
enum Engine {
    Plain {
        regex: OnceLock<Option<Regex>>,
        whole: OnceLock<Option<WholeMatcher>>,
    },
    Fancy {
        regex: OnceLock<Option<FancyRegex>>,
        whole: OnceLock<Option<FancyRegex>>,
    },
}

/// Bytes a compiled pattern may take: a bigger one is left to `regex` (its compile alone would
/// cost more than the core saves).
const SIZE_LIMIT: usize = 4 << 20;
/// Bytes each pattern's lazy DFA may cache (the `regex` crate's default is 2 MB): per pattern and
/// per thread, so it is what the core's memory grows with on text whose lines are all new.
const DFA_CACHE: usize = 512 << 10;

fn build(source: &str) -> Result<Regex, regex::Error> {
    RegexBuilder::new(source)
        .size_limit(SIZE_LIMIT)
        .dfa_size_limit(DFA_CACHE)
        .build()
}

fn build_fancy(source: &str) -> Result<FancyRegex, String> {
    fancy_regex::RegexBuilder::new(source)
        .delegate_size_limit(SIZE_LIMIT)
        .build()
        .map_err(|e| e.to_string())
}

fn anchored(source: &str) -> String {
    format!(r"\A(?:{source})\z")
}

impl Pattern {
    fn unsure(&self, text: &str) -> bool {
        holds_any(text, &self.guard)
    }

    fn plain<'a>(&'a self, cell: &'a OnceLock<Option<Regex>>) -> Option<&'a Regex> {
        cell.get_or_init(|| build(&self.source).ok()).as_ref()
    }

    fn fancy<'a>(
        &'a self,
        cell: &'a OnceLock<Option<FancyRegex>>,
        whole: bool,
    ) -> Option<&'a FancyRegex> {
        cell.get_or_init(|| {
            let source = if whole {
                anchored(&self.source)
            } else {
                self.source.clone()
            };
            build_fancy(&source).ok()
        })
        .as_ref()
    }
}

/// Which of a list of line patterns may match all of a line, in one call: the segment cue rules
/// with no literal to look for, asked of every line of a page. Each member is a pattern's
/// translation for one line, exact or looser (see `translate(..., superset=True)`: it matches
/// all of every line the pattern matches all of), loosened further (`loosened`); patterns with
/// no translation are `always` candidates. The caller asks `regex` of the candidates alone, in
/// its own order, for the verdict and the groups: so the set only has to be right where it says
/// no. Each member runs on its own: one automaton for their union needed a lazy DFA cache of
/// 8 MB not to thrash on the bench's lines (with 4 MB, 26 microseconds a line against 2).
#[pyclass(frozen)]
struct FullmatchSet {
    sources: Vec<String>,
    members: Vec<Vec<u32>>,
    always: Vec<u32>,
    guard: Ranges,
    compiled: Vec<OnceLock<Option<WholeMatcher>>>,
}

/// A pattern for `is_match` on a whole text alone (`Pattern::fullmatch`, `FullmatchSet`): a
/// forward lazy DFA over its automaton, anchored, and the PikeVM over the same automaton where
/// the lazy DFA gives up (its cache cleared too often, or a Unicode word boundary beside a
/// non-ASCII character). A search's reverse automaton and literal prefilters are not built:
/// an anchored test needs neither, and they were most of a pattern's build.
struct WholeMatcher {
    dfa: regex_automata::hybrid::dfa::DFA,
    cache: Mutex<regex_automata::hybrid::dfa::Cache>,
    pikevm: PikeVM,
    pikevm_cache: Mutex<regex_automata::nfa::thompson::pikevm::Cache>,
}

impl WholeMatcher {
    fn build(source: &str) -> Result<WholeMatcher, String> {
        use regex_automata::nfa::thompson;
        let nfa = thompson::Compiler::new()
            .configure(
                thompson::Config::new()
                    .which_captures(WhichCaptures::None)
                    .nfa_size_limit(Some(SIZE_LIMIT)),
            )
            .build(source)
            .map_err(|e| e.to_string())?;
        // A big automaton needs a bigger cache for its lazy DFA to start at all: four times the
        // usual, else none (the PikeVM answers every text).
        let lazy = |capacity: usize, skip_check: bool| {
            regex_automata::hybrid::dfa::DFA::builder()
                .configure(
                    regex_automata::hybrid::dfa::Config::new()
                        .cache_capacity(capacity)
                        .skip_cache_capacity_check(skip_check)
                        .unicode_word_boundary(true),
                )
                .build_from_nfa(nfa.clone())
                .map_err(|e| e.to_string())
        };
        let dfa = lazy(DFA_CACHE, false)
            .or_else(|_| lazy(4 * DFA_CACHE, false))
            .or_else(|_| lazy(DFA_CACHE, true))?;
        let pikevm = PikeVM::builder()
            .build_from_nfa(nfa)
            .map_err(|e| e.to_string())?;
        Ok(WholeMatcher {
            cache: Mutex::new(dfa.create_cache()),
            pikevm_cache: Mutex::new(pikevm.create_cache()),
            dfa,
            pikevm,
        })
    }

    fn is_match(&self, text: &str) -> bool {
        let input = regex_automata::Input::new(text)
            .anchored(regex_automata::Anchored::Yes)
            .earliest(true);
        if let Ok(found) = self.dfa.try_search_fwd(&mut lock(&self.cache), &input) {
            return found.is_some();
        }
        self.pikevm.is_match(&mut lock(&self.pikevm_cache), input)
    }
}

#[pymethods]
impl FullmatchSet {
    /// `members`: (the caller's numbers for a pattern, its translation), one entry per distinct
    /// translation; `always`: the numbers of patterns without one; `guard`: the code points on
    /// which some translation's classes and `regex`'s differ (a line holding one gets None).
    #[new]
    fn new(members: Vec<(Vec<u32>, String)>, always: Vec<u32>, guard: Ranges) -> PyResult<Self> {
        let mut numbers = Vec::new();
        let mut sources = Vec::new();
        for (numbered, source) in members {
            let hir = regex_syntax::ParserBuilder::new()
                .build()
                .parse(&source)
                .map_err(|e| pyo3::exceptions::PyValueError::new_err(e.to_string()))?;
            numbers.push(numbered);
            sources.push(anchored(&loosened(hir).to_string()));
        }
        Ok(FullmatchSet {
            compiled: sources.iter().map(|_| OnceLock::new()).collect(),
            sources,
            members: numbers,
            always,
            guard,
        })
    }

    /// The numbers of the patterns that may match all of `text`, ascending; None where the set
    /// cannot say (a guarded character, or a member too big to build): ask every pattern.
    fn candidates(&self, text: &str) -> Option<Vec<u32>> {
        if holds_any(text, &self.guard) {
            return None;
        }
        let mut out: Vec<u32> = self.always.clone();
        for (index, cell) in self.compiled.iter().enumerate() {
            let regex = cell
                .get_or_init(|| WholeMatcher::build(&self.sources[index]).ok())
                .as_ref()?;
            if regex.is_match(text) {
                out.extend_from_slice(&self.members[index]);
            }
        }
        out.sort_unstable();
        Some(out)
    }

    /// Why a member does not build (too big), or None when all do.
    fn compile_error(&self) -> Option<String> {
        self.sources
            .iter()
            .find_map(|source| WholeMatcher::build(source).err())
    }
}

/// Counted repeats longer than this are loosened in a `FullmatchSet` (see `loosened`).
const LOOSE_REPEAT: u32 = 8;

/// `hir` with its counted repeats loosened (`x{1,250}` becomes `x{1,}`, `x{20}` becomes `x{8,}`)
/// and its groups made plain: it matches every text `hir` matches and more, and compiles many
/// times smaller (a repeat of a class of code points is as many copies of its automaton). A
/// filter wants no more.
fn loosened(hir: regex_syntax::hir::Hir) -> regex_syntax::hir::Hir {
    use regex_syntax::hir::{Hir, HirKind, Repetition};
    match hir.into_kind() {
        HirKind::Repetition(rep) => {
            let long = rep.min > LOOSE_REPEAT || rep.max.is_some_and(|max| max > LOOSE_REPEAT);
            Hir::repetition(Repetition {
                min: rep.min.min(LOOSE_REPEAT),
                max: if long { None } else { rep.max },
                greedy: rep.greedy,
                sub: Box::new(loosened(*rep.sub)),
            })
        }
        HirKind::Capture(capture) => loosened(*capture.sub),
        HirKind::Concat(subs) => Hir::concat(subs.into_iter().map(loosened).collect()),
        HirKind::Alternation(subs) => Hir::alternation(subs.into_iter().map(loosened).collect()),
        HirKind::Empty => Hir::empty(),
        HirKind::Literal(literal) => Hir::literal(literal.0),
        HirKind::Class(class) => Hir::class(class),
        HirKind::Look(look) => Hir::look(look),
    }
}

fn code_points(text: &str, start: usize, end: usize) -> (usize, usize) {
    if text.is_ascii() {
        return (start, end);
    }
    let first = text[..start].chars().count();
    (first, first + text[start..end].chars().count())
}

#[pymethods]
impl Pattern {
    /// `checked`: the source is known to parse (a translation this build checked, kept in a
    /// store), so it is not parsed again here: a pattern with Unicode classes takes most of a
    /// millisecond to parse, and ten times the rules would pay it for every pattern they load,
    /// used or not. Should it fail to build after all, the pattern answers None (ask `regex`).
    #[new]
    #[pyo3(signature = (source, guard = Vec::new(), fancy = false, checked = false))]
    fn new(source: &str, guard: Ranges, fancy: bool, checked: bool) -> PyResult<Self> {
        let err = |e: String| pyo3::exceptions::PyValueError::new_err(e);
        let engine = if fancy {
            if !checked {
                fancy_regex::Expr::parse_tree(source).map_err(|e| err(e.to_string()))?;
            }
            Engine::Fancy {
                regex: OnceLock::new(),
                whole: OnceLock::new(),
            }
        } else {
            if !checked {
                regex_syntax::ParserBuilder::new()
                    .build()
                    .parse(source)
                    .map_err(|e| err(e.to_string()))?;
            }
            Engine::Plain {
                regex: OnceLock::new(),
                whole: OnceLock::new(),
            }
        };
        Ok(Pattern {
            source: source.to_owned(),
            engine,
            guard,
        })
    }

    /// Whether the pattern matches all of `text` (None: ask `regex`, see the type).
    fn fullmatch(&self, text: &str) -> Option<bool> {
        if self.unsure(text) {
            return None;
        }
        match &self.engine {
            Engine::Plain { whole, .. } => whole
                .get_or_init(|| WholeMatcher::build(&anchored(&self.source)).ok())
                .as_ref()
                .map(|whole| whole.is_match(text)),
            Engine::Fancy { whole, .. } => self.fancy(whole, true)?.is_match(text).ok(),
        }
    }

    /// Why the pattern does not compile in its engine (a lookbehind of varying width, a size
    /// over the limit), or None when it does. Compiling is otherwise left to first use.
    fn compile_error(&self) -> Option<String> {
        match &self.engine {
            Engine::Plain { .. } => build(&self.source).err().map(|e| e.to_string()),
            Engine::Fancy { .. } => build_fancy(&anchored(&self.source))
                .and_then(|_| build_fancy(&self.source))
                .err(),
        }
    }

    /// The code point span of the first match in `text`, (-1, -1) if there is none (None: ask
    /// `regex`).
    fn search(&self, text: &str) -> Option<(isize, isize)> {
        if self.unsure(text) {
            return None;
        }
        let found = match &self.engine {
            Engine::Plain { regex, .. } => {
                self.plain(regex)?.find(text).map(|m| (m.start(), m.end()))
            }
            Engine::Fancy { regex, .. } => self
                .fancy(regex, false)?
                .find(text)
                .ok()?
                .map(|m| (m.start(), m.end())),
        };
        let Some((start, end)) = found else {
            return Some((-1, -1));
        };
        let (start, end) = code_points(text, start, end);
        Some((start as isize, end as isize))
    }

    /// The text of every match, left to right and not overlapping: `regex`'s `findall` for a
    /// pattern without groups (the caller's to check). None: ask `regex`.
    fn findall(&self, text: &str) -> Option<Vec<String>> {
        if self.unsure(text) {
            return None;
        }
        match &self.engine {
            Engine::Plain { regex, .. } => {
                let regex = self.plain(regex)?;
                let mut out = Vec::new();
                let mut at = 0;
                while at <= text.len() {
                    let Some(m) = regex.find_at(text, at) else {
                        break;
                    };
                    out.push(m.as_str().to_owned());
                    at = next_start(text, m.start(), m.end());
                }
                Some(out)
            }
            Engine::Fancy { .. } => None,
        }
    }

    /// Every match, left to right and not overlapping, as the code point spans of its groups
    /// (group 0 first; None for a group that took no part). None: ask `regex`.
    fn finditer(&self, py: Python<'_>, text: &str) -> Option<Vec<GroupSpans>> {
        if self.unsure(text) {
            return None;
        }
        match &self.engine {
            Engine::Plain { regex, .. } => {
                let regex = self.plain(regex)?;
                Some(py.detach(|| find_all(regex, text)))
            }
            Engine::Fancy { regex, .. } => {
                let regex = self.fancy(regex, false)?;
                py.detach(|| find_all_fancy(regex, text))
            }
        }
    }
}

/// Where the search for the next match starts: after this one, or one character on after an
/// empty one (the translation keeps patterns that may match the empty string with `regex`).
fn next_start(text: &str, start: usize, end: usize) -> usize {
    if end > start {
        return end;
    }
    end + text[end..].chars().next().map_or(1, char::len_utf8)
}

/// Byte spans of a match's groups (group 0 first), as an engine found them.
type ByteSpans = Vec<Option<(usize, usize)>>;

/// Every match `next` finds from a byte offset on (None: the engine gave up; Some(None): no more
/// matches), left to right, as code point spans.
fn collect_matches(
    text: &str,
    mut next: impl FnMut(usize) -> Option<Option<ByteSpans>>,
) -> Option<Vec<GroupSpans>> {
    let mut offsets = CharOffsets::new(text);
    let ascii = text.is_ascii();
    let mut out = Vec::new();
    let mut at = 0;
    while at <= text.len() {
        let Some(groups) = next(at)? else {
            break;
        };
        let (start, end) = groups[0].expect("group 0 took part");
        let first = offsets.at(start);
        // a group's offsets counted from its match's start (groups lie inside the match)
        let inside = |byte: usize| {
            if ascii {
                byte
            } else {
                first + text[start..byte].chars().count()
            }
        };
        out.push(
            groups
                .iter()
                .map(|group| group.map(|(s, e)| (inside(s), inside(e))))
                .collect(),
        );
        offsets.at(end);
        at = next_start(text, start, end);
    }
    Some(out)
}

/// fancy-regex's matches (None: it gave up on `text`, past its step limit).
fn find_all_fancy(regex: &FancyRegex, text: &str) -> Option<Vec<GroupSpans>> {
    collect_matches(text, |at| {
        let captures = regex.captures_from_pos(text, at).ok()?;
        Some(captures.map(|c| {
            (0..c.len())
                .map(|i| c.get(i).map(|m| (m.start(), m.end())))
                .collect()
        }))
    })
}

/// The `regex` crate's matches.
fn find_all(regex: &Regex, text: &str) -> Vec<GroupSpans> {
    let mut locations = regex.capture_locations();
    collect_matches(text, |at| {
        let found = regex.captures_read_at(&mut locations, text, at);
        Some(found.map(|_| (0..locations.len()).map(|i| locations.get(i)).collect()))
    })
    .unwrap_or_default()
}

// ---- line-drop rules ---------------------------------------------------------------------------

/// Whether `c` is white space to Python's str.strip and str.split.
fn is_py_space(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c, '\t'..='\r' | '\x1c'..='\x1f' | ' ');
    }
    in_ranges(c as u32, tables::SPACES)
}

/// `text.strip()` as Python does it.
fn py_strip(text: &str) -> &str {
    text.trim_matches(is_py_space)
}

/// Code points in `text`.
fn char_len(text: &str) -> usize {
    if text.is_ascii() {
        text.len()
    } else {
        text.chars().count()
    }
}

/// `str.casefold` of a text (Python's full case folding, character by character).
fn casefold_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            match casefold(c) {
                Some(folded) => out.push_str(folded),
                None => out.push(c),
            }
        }
    }
    out
}

/// cleaner.autosegment's `_content_words` for a text of spaced scripts, in one call: the text
/// casefolded, its words of four or more word characters (`words`: the core's translation of
/// `\w{4,}`), less the stop words and the words of digits alone. None where Python must
/// answer: the text holds a character of an unspaced script (`unspaced`), or one on which a
/// pattern's classes and `regex`'s disagree, or a word of characters all numeric outside ASCII
/// (`str.isdigit` decides those).
#[pyclass(frozen)]
struct ContentWords {
    words: Py<Pattern>,
    unspaced: Py<Pattern>,
    stop: HashSet<String>,
}

#[pymethods]
impl ContentWords {
    /// `words` must be the translation of `\w{4,}` (the words are read here without its
    /// regex, a run of four word characters or more at a time: the same matches, five times
    /// faster than asking it for each); its guard is asked of every text.
    #[new]
    fn new(words: Py<Pattern>, unspaced: Py<Pattern>, stop: Vec<String>) -> PyResult<Self> {
        if words.get().source != LONG_WORD_SOURCE {
            return Err(pyo3::exceptions::PyValueError::new_err(format!(
                "ContentWords reads {LONG_WORD_SOURCE:?}, not {:?}",
                words.get().source
            )));
        }
        Ok(ContentWords {
            words,
            unspaced,
            stop: stop.into_iter().collect(),
        })
    }

    fn of(&self, text: &str) -> Option<Vec<String>> {
        let folded = casefold_text(text);
        if self.unspaced.get().search(&folded)?.0 >= 0 || self.words.get().unsure(&folded) {
            return None;
        }
        let mut out = Vec::new();
        for word in long_words(&folded) {
            if self.stop.contains(word) {
                continue;
            }
            if word.is_ascii() {
                if word.bytes().all(|b| b.is_ascii_digit()) {
                    continue;
                }
            } else if word.chars().all(char::is_numeric) {
                return None;
            }
            out.push(word.to_owned());
        }
        Some(out)
    }
}

/// The translation of `\w{4,}` that `ContentWords` reads by hand.
const LONG_WORD_SOURCE: &str = r"(?:(?:\w)){4,}";

/// The matches of `\w{4,}` in `text`, left to right: every run of four or more word characters
/// (`\w` as this crate's regex reads it), whole (a shorter run holds no match anywhere).
fn long_words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !regex_syntax::is_word_character(c))
        .filter(|run| run.chars().nth(3).is_some())
}

/// The indexes of the lines of `text` (split at "\n") that hold a code point of `ranges`
/// (sorted, inclusive), ascending: cleaner.encoding's search for the characters some ftfy fixer
/// acts on. ASCII is read eight bytes at a time where no ASCII code point is wanted, else
/// through a table; only the characters at non-ASCII bytes are decoded.
#[pyfunction]
fn lines_holding(text: &str, ranges: Vec<(u32, u32)>) -> Vec<usize> {
    let mut ascii = [false; 128];
    for &(low, high) in &ranges {
        for code in low..=high.min(127) {
            ascii[code as usize] = true;
        }
    }
    let wants_ascii = ascii.iter().any(|&wanted| wanted);
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let (mut line, mut at) = (0usize, 0usize);
    while at < bytes.len() {
        let byte = bytes[at];
        if byte == b'\n' {
            line += 1;
            at += 1;
            continue;
        }
        let holds = if byte < 0x80 {
            at += 1;
            ascii[byte as usize]
        } else {
            let c = text[at..]
                .chars()
                .next()
                .expect("a character starts at a non-ASCII lead byte");
            at += c.len_utf8();
            in_ranges(c as u32, &ranges)
        };
        if holds {
            found.push(line);
            // The rest of the line need not be read.
            match memchr::memchr(b'\n', &bytes[at..]) {
                Some(offset) => at += offset,
                None => break,
            }
        } else if !wants_ascii && byte < 0x80 {
            // Skip to the next line break or non-ASCII byte, eight bytes at a time.
            let next = next_non_ascii(bytes, at).unwrap_or(bytes.len());
            at = match memchr::memchr(b'\n', &bytes[at..next]) {
                Some(offset) => at + offset,
                None => next,
            };
        }
    }
    found
}

/// cleaner.ruleset.compiler.fold_line: curly quotes straightened, casefolded, dotless i read as
/// i, white space runs made one space, none at either end.
#[pyfunction]
fn fold_line(line: &str) -> String {
    let mut folded = String::with_capacity(line.len());
    for c in line.chars() {
        let c = match c {
            '\u{2018}' | '\u{2019}' => '\'',
            '\u{201c}' | '\u{201d}' => '"',
            c => c,
        };
        if c.is_ascii() {
            folded.push(c.to_ascii_lowercase());
        } else if let Some(mapped) = casefold(c) {
            folded.extend(mapped.chars().map(|d| if d == '\u{131}' { 'i' } else { d }));
        } else {
            folded.push(if c == '\u{131}' { 'i' } else { c });
        }
    }
    let mut out = String::with_capacity(folded.len());
    for word in folded.split(is_py_space).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// A pattern a line rule runs: in the core (and `regex` where the core cannot answer), or with
/// `regex` alone (a Python pattern object).
enum Matcher {
    Core(Py<Pattern>, Py<PyAny>),
    Python(Py<PyAny>),
}

/// What the engine asks of a pattern on one line.
#[derive(Clone, Copy)]
enum Ask {
    Full,
    Search,
}

/// How the Python engine bounds a pattern's time on a line (cleaner.engine.limits).
struct Limits {
    long_line: usize,
    timeout: f64,
}

impl Matcher {
    fn from_python(py: Python<'_>, object: Option<Py<PyAny>>) -> PyResult<Option<Matcher>> {
        let Some(object) = object else {
            return Ok(None);
        };
        let bound = object.bind(py);
        if let Ok(core) = bound.getattr("core") {
            if let Ok(pattern) = core.cast::<Pattern>() {
                let python = bound.getattr("python")?.unbind();
                return Ok(Some(Matcher::Core(pattern.clone().unbind(), python)));
            }
        }
        Ok(Some(Matcher::Python(object)))
    }

    /// Whether the pattern matches `line` in full (Full) or somewhere (Search).
    fn test(&self, py: Python<'_>, line: &str, ask: Ask, limits: &Limits) -> PyResult<bool> {
        let python = match self {
            Matcher::Core(pattern, python) => {
                let pattern = pattern.get();
                let answer = match ask {
                    Ask::Full => pattern.fullmatch(line),
                    Ask::Search => pattern.search(line).map(|(start, _)| start >= 0),
                };
                if let Some(answer) = answer {
                    return Ok(answer);
                }
                python
            }
            Matcher::Python(python) => python,
        };
        let method = match ask {
            Ask::Full => "fullmatch",
            Ask::Search => "search",
        };
        let bound = python.bind(py);
        let found = if char_len(line) > limits.long_line {
            let kwargs = pyo3::types::PyDict::new(py);
            kwargs.set_item("timeout", limits.timeout)?;
            bound.call_method(method, (line,), Some(&kwargs))?
        } else {
            bound.call_method1(method, (line,))?
        };
        Ok(!found.is_none())
    }
}

/// Sorted literal numbers a pattern needs one of (None: no such set known).
type Needs = Option<Vec<u32>>;

fn may_hold(needs: &Needs, present: &[u32]) -> bool {
    match needs {
        None => true,
        Some(needs) => needs.iter().any(|n| present.binary_search(n).is_ok()),
    }
}

fn fits(width: Option<(usize, usize)>, length: usize) -> bool {
    width.is_none_or(|(low, high)| low <= length && length <= high)
}

/// A context-free line rule: it drops a line its pattern matches in full.
struct FreeRule {
    id: u32,
    matcher: Matcher,
    width: Option<(usize, usize)>,
}

/// A line rule that looks at the lines around (cleaner.engine.kinds._contextual_rule).
struct ContextRule {
    id: u32,
    matcher: Option<Matcher>,
    phrases: HashSet<String>,
    prev: Option<Matcher>,
    next: Option<Matcher>,
    prev_needs: Needs,
    next_needs: Needs,
    width: Option<(usize, usize)>,
    prev_min: usize,
    next_min: usize,
    isolated: bool,
}

/// Rules by position, chosen by the literals a line holds (cleaner.ruleset.compiler._candidates).
struct Index {
    count: usize,
    unfiltered: Vec<usize>,
    by_literal: HashMap<u32, Vec<usize>>,
}

impl Index {
    fn new(needs: &[Needs]) -> Index {
        let mut by_literal: HashMap<u32, Vec<usize>> = HashMap::new();
        let mut unfiltered = Vec::new();
        for (position, needs) in needs.iter().enumerate() {
            match needs {
                None => unfiltered.push(position),
                Some(words) => words
                    .iter()
                    .for_each(|w| by_literal.entry(*w).or_default().push(position)),
            }
        }
        Index {
            count: needs.len(),
            unfiltered,
            by_literal,
        }
    }

    /// In order, the rules needing no literal and those needing one of `present`.
    fn candidates(&self, present: &[u32]) -> Vec<usize> {
        if self.count == 0 {
            return Vec::new();
        }
        let mut chosen = self.unfiltered.clone();
        for literal in present {
            if let Some(positions) = self.by_literal.get(literal) {
                chosen.extend_from_slice(positions);
            }
        }
        chosen.sort_unstable();
        chosen.dedup();
        chosen
    }
}

/// What the rules say of a line on its own: dropped by a rule, or the contextual rules that may
/// drop it once its neighbours are seen (cleaner.ruleset.compiler.LineMatcher.line_verdict).
#[derive(Clone)]
enum Verdict {
    Dropped(u32),
    Contexts(Vec<usize>),
}

/// Entries kept in the memos before they start again (by characters of line text).
struct Remembered<K, V> {
    entries: HashMap<K, V>,
    chars: usize,
}

impl<K: std::hash::Hash + Eq, V> Remembered<K, V> {
    fn new() -> Self {
        Remembered {
            entries: HashMap::new(),
            chars: 0,
        }
    }

    /// Keep `value` for `key`, a line of `chars` bytes (cleaner.memo.LineMemo.remember): the memo
    /// starts again when its lines would pass MEMO_BUDGET; a longer line than MEMO_MAX_LINE is
    /// not kept.
    fn remember(&mut self, key: K, value: V, chars: usize) {
        if chars > MEMO_MAX_LINE {
            return;
        }
        if self.chars + chars > MEMO_BUDGET {
            self.entries.clear();
            self.chars = 0;
        }
        self.chars += chars;
        self.entries.insert(key, value);
    }
}

/// The line-drop rules of one scope (cleaner.engine.kinds.drop_lines, the same edits): the
/// literal scan, the verdict of each line (remembered), and the contextual rules' checks on
/// the lines around, in one call per text. Patterns the core cannot run are asked of `regex`.
#[pyclass(frozen)]
struct LineRules {
    scanner: Py<Scanner>,
    phrases: HashMap<String, u32>,
    phrase_words: Needs,
    free: Vec<FreeRule>,
    free_index: Index,
    contextual: Vec<ContextRule>,
    context_index: Index,
    limits: Limits,
    on_timeout: Py<PyAny>,
    memo: Mutex<Remembered<String, Verdict>>,
    context_memo: Mutex<Remembered<(usize, u8, String), bool>>,
}

type FreeSpec = (u32, Py<PyAny>, Needs, Option<(usize, usize)>);
type ContextSpec = (
    u32,
    Option<Py<PyAny>>,
    Vec<String>,
    (Option<Py<PyAny>>, Option<Py<PyAny>>),
    (Needs, Needs, Needs),
    Option<(usize, usize)>,
    (usize, usize),
    bool,
);

#[pymethods]
impl LineRules {
    /// `free`: (id number, pattern, needs, width) per context-free rule with a pattern, in
    /// order; `phrases`: folded phrase -> id number; `contextual`: (id number, pattern or None,
    /// phrases, (prev, next), (needs, prev needs, next needs), width, (prev min, next min),
    /// isolated); `limits`: (long line, timeout); `on_timeout(id number)` gives the exception
    /// for a pattern that ran out of time.
    #[new]
    #[allow(clippy::too_many_arguments)]
    fn new(
        py: Python<'_>,
        scanner: Py<Scanner>,
        free: Vec<FreeSpec>,
        phrases: HashMap<String, u32>,
        phrase_words: Needs,
        contextual: Vec<ContextSpec>,
        limits: (usize, f64),
        on_timeout: Py<PyAny>,
    ) -> PyResult<Self> {
        let free_needs: Vec<Needs> = free.iter().map(|f| f.2.clone()).collect();
        let mut rules = Vec::new();
        for (id, pattern, _, width) in free {
            let matcher = Matcher::from_python(py, Some(pattern))?.expect("a pattern");
            rules.push(FreeRule { id, matcher, width });
        }
        let context_needs: Vec<Needs> = contextual.iter().map(|c| c.4 .0.clone()).collect();
        let mut context = Vec::new();
        for (
            id,
            pattern,
            phrases,
            (prev, next),
            (_, prev_needs, next_needs),
            width,
            mins,
            isolated,
        ) in contextual
        {
            context.push(ContextRule {
                id,
                matcher: Matcher::from_python(py, pattern)?,
                phrases: phrases.into_iter().collect(),
                prev: Matcher::from_python(py, prev)?,
                next: Matcher::from_python(py, next)?,
                prev_needs,
                next_needs,
                width,
                prev_min: mins.0,
                next_min: mins.1,
                isolated,
            });
        }
        Ok(LineRules {
            scanner,
            phrases,
            phrase_words,
            free: rules,
            free_index: Index::new(&free_needs),
            contextual: context,
            context_index: Index::new(&context_needs),
            limits: Limits {
                long_line: limits.0,
                timeout: limits.1,
            },
            on_timeout,
            memo: Mutex::new(Remembered::new()),
            context_memo: Mutex::new(Remembered::new()),
        })
    }

    /// The lines of `text` the rules drop: (start, end, id number), in code points, each line
    /// with its line break (cleaner.engine.kinds.drop_lines).
    fn drop_lines(&self, py: Python<'_>, text: &str) -> PyResult<Vec<(usize, usize, u32)>> {
        let literals = self.scanner.get().literals_by_line(text);
        let mut lines: Vec<&str> = text.split('\n').collect();
        let mut starts = Vec::with_capacity(lines.len() + 1);
        let mut at = 0;
        for line in &lines {
            starts.push(at);
            at += char_len(line) + 1;
        }
        let total = char_len(text);
        // A final line break ends the last line; it does not start one (line_spans).
        if starts.last() == Some(&total) {
            lines.pop();
            starts.pop();
        }
        let mut edits = Vec::new();
        for index in 0..lines.len() {
            let stripped = py_strip(lines[index]);
            if stripped.is_empty() {
                continue;
            }
            let dropped = match self.verdict(py, stripped, &literals[index])? {
                Verdict::Dropped(id) => Some(id),
                Verdict::Contexts(fitting) if !fitting.is_empty() => {
                    self.contextual_rule(py, &lines, &literals, index, &fitting)?
                }
                Verdict::Contexts(_) => None,
            };
            if let Some(id) = dropped {
                let end = if index + 1 < starts.len() {
                    starts[index + 1]
                } else {
                    total
                };
                edits.push((starts[index], end, id));
            }
        }
        Ok(edits)
    }
}

impl LineRules {
    fn timed_out(&self, py: Python<'_>, error: PyErr, id: u32) -> PyErr {
        if error.is_instance_of::<pyo3::exceptions::PyTimeoutError>(py) {
            match self.on_timeout.call1(py, (id,)) {
                Ok(exception) => PyErr::from_value(exception.into_bound(py)),
                Err(other) => other,
            }
        } else {
            error
        }
    }

    fn verdict(&self, py: Python<'_>, stripped: &str, present: &[u32]) -> PyResult<Verdict> {
        if let Some(known) = lock(&self.memo).entries.get(stripped) {
            return Ok(known.clone());
        }
        let length = char_len(stripped);
        let mut verdict = None;
        if !self.phrases.is_empty() && may_hold(&self.phrase_words, present) {
            verdict = self
                .phrases
                .get(&fold_line(stripped))
                .map(|&id| Verdict::Dropped(id));
        }
        if verdict.is_none() {
            for position in self.free_index.candidates(present) {
                let rule = &self.free[position];
                if !fits(rule.width, length) {
                    continue;
                }
                let matched = rule
                    .matcher
                    .test(py, stripped, Ask::Full, &self.limits)
                    .map_err(|e| self.timed_out(py, e, rule.id))?;
                if matched {
                    verdict = Some(Verdict::Dropped(rule.id));
                    break;
                }
            }
        }
        let verdict = verdict.unwrap_or_else(|| {
            let fitting = self.context_index.candidates(present);
            Verdict::Contexts(
                fitting
                    .into_iter()
                    .filter(|&p| fits(self.contextual[p].width, length))
                    .collect(),
            )
        });
        lock(&self.memo).remember(stripped.to_owned(), verdict.clone(), stripped.len());
        Ok(verdict)
    }

    /// Whether contextual rule `position`'s match (0), prev (1) or next (2) pattern holds on
    /// `line` (remembered).
    fn context_test(
        &self,
        py: Python<'_>,
        position: usize,
        part: u8,
        line: &str,
    ) -> PyResult<bool> {
        let key = (position, part, line.to_owned());
        if let Some(&known) = lock(&self.context_memo).entries.get(&key) {
            return Ok(known);
        }
        let rule = &self.contextual[position];
        let answer = match part {
            0 => match &rule.matcher {
                Some(matcher) => matcher.test(py, line, Ask::Full, &self.limits),
                None => Ok(rule.phrases.contains(&fold_line(line))),
            },
            _ => match if part == 1 { &rule.prev } else { &rule.next } {
                Some(matcher) => matcher.test(py, line, Ask::Search, &self.limits),
                None => Ok(true),
            },
        }
        .map_err(|e| self.timed_out(py, e, rule.id))?;
        lock(&self.context_memo).remember(key, answer, line.len());
        Ok(answer)
    }

    /// The first contextual rule of `fitting` that drops line `index` (its neighbours checked).
    fn contextual_rule(
        &self,
        py: Python<'_>,
        lines: &[&str],
        literals: &[Vec<u32>],
        index: usize,
        fitting: &[usize],
    ) -> PyResult<Option<u32>> {
        let blank = |i: usize| py_strip(lines[i]).is_empty();
        let before = (0..index).rev().find(|&i| !blank(i));
        let after = (index + 1..lines.len()).find(|&i| !blank(i));
        let stripped = py_strip(lines[index]);
        for &position in fitting {
            let rule = &self.contextual[position];
            if rule.isolated
                && !(index > 0 && index + 1 < lines.len() && blank(index - 1) && blank(index + 1))
            {
                continue;
            }
            if (rule.prev.is_some() && before.is_none()) || (rule.next.is_some() && after.is_none())
            {
                continue;
            }
            let holds = |needs: &Needs, other: Option<usize>| {
                other.is_none_or(|i| may_hold(needs, &literals[i]))
            };
            if !(holds(&rule.prev_needs, before) && holds(&rule.next_needs, after)) {
                continue;
            }
            if !self.context_test(py, position, 0, stripped)? {
                continue;
            }
            if let Some(i) = before {
                let previous = py_strip(lines[i]);
                if char_len(previous) < rule.prev_min
                    || !self.context_test(py, position, 1, previous)?
                {
                    continue;
                }
            }
            if let Some(i) = after {
                let following = py_strip(lines[i]);
                if char_len(following) < rule.next_min
                    || !self.context_test(py, position, 2, following)?
                {
                    continue;
                }
            }
            return Ok(Some(rule.id));
        }
        Ok(None)
    }
}

/// The code points a one-character pattern of this crate's syntax matches (None: it is not one
/// class or one character), read off its parsed form: what the translation compares with the
/// `regex` module's set for the same part before it writes the part in this crate's syntax.
#[pyfunction]
fn class_set(source: &str) -> Option<Ranges> {
    use regex_syntax::hir::{Class, HirKind};
    let hir = regex_syntax::ParserBuilder::new()
        .build()
        .parse(source)
        .ok()?;
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
    module.add_class::<LineRules>()?;
    module.add_class::<FullmatchSet>()?;
    module.add_class::<ContentWords>()?;
    module.add_function(wrap_pyfunction!(fold_line, module)?)?;
    module.add_function(wrap_pyfunction!(lines_holding, module)?)?;
    module.add_function(wrap_pyfunction!(class_set, module)?)?;
    Ok(())
}
