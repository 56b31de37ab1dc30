//! Text direction inside text of the other direction. In Arabic or Dari text, the Unicode
//! bidirectional algorithm lays out `1-800-898-7180` as `7180-898-800-1` (digits after Arabic
//! letters count as Arabic numbers, and a hyphen between two of them takes the paragraph's
//! direction), moves a URL's final `/` to its other end, and carries the closing bracket or
//! the full stop after an English name to the wrong side. The cure is to *isolate* each run of
//! left-to-right text (numbers, Latin words and names, URLs, citations): inside an isolate the
//! run is laid out on its own, left to right, and outside it counts as one neutral character.
//!
//! This module finds those runs and isolates them with `<bdi>` (HTML text), or with the
//! Unicode isolation marks U+2066–U+2069 (attribute values and `<title>`, where markup is
//! not allowed). The mirror case, right-to-left runs inside left-to-right text, is handled
//! the same way. Pure: text (or a sequence of inline [`Piece`]s) and the surrounding direction
//! in, escaped HTML or run positions out; used for Markdown text, Fluent messages, data files
//! and `site.toml` values alike.
//!
//! Invariants: the output's text is the input's text (only markup or marks are added);
//! isolation never crosses an element boundary unbalanced; text already isolated (between
//! Unicode isolation or embedding marks) is never isolated again; text of the context's own
//! direction is never touched, so Latin text in a left-to-right page comes out escaped only.

use icu_properties::CodePointMapData;
use icu_properties::props::{BidiClass, BidiMirroringGlyph, BidiPairedBracketType};

use crate::config::Direction;
use crate::render::markdown::escape_into;

mod markdown;
pub(crate) use markdown::markdown;

/// One piece of inline content, in document order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Piece<'a> {
    /// Text: escaped on output, and split where runs begin and end.
    Text(&'a str),
    /// The start tag of an inline element (`<em>`, `<a href=…>`): zero width. A run that
    /// takes it also takes its end tag, so isolation never breaks the nesting of elements.
    Open,
    /// The end tag of the innermost open inline element.
    Close,
    /// Content that is never split: a code span, an image, a phone link. `dir` is the
    /// direction of its text (`None`: neutral, like an image); `isolated` says it already
    /// isolates itself (it carries a `dir` attribute), so a run of it alone needs nothing more.
    Atom {
        dir: Option<Direction>,
        isolated: bool,
    },
    /// A boundary no run crosses: raw HTML of unknown shape, a hard line break.
    Barrier,
}

/// What the isolated text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Extent {
    /// Part of a longer text (a Markdown text event, a message with markup around it): only
    /// runs of the other direction are isolated, and sentence punctuation after a run stays
    /// with the surrounding text. Only the unit tests isolate parts of a text: every renderer
    /// isolates whole values and blocks.
    #[cfg_attr(not(test), allow(dead_code))]
    Part,
    /// A whole value or block (a title, a name, a paragraph). When it holds no text of the
    /// surrounding direction at all, it is one run, full stop included: an English summary
    /// in an Arabic page reads as an English sentence.
    Whole,
}

/// A place in a sequence of pieces: a byte offset in a text piece, or 0 for the place just
/// before a piece that is not text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Pos {
    pub(crate) piece: usize,
    pub(crate) offset: usize,
}

/// A run to isolate, from `start` to `end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Run {
    pub(crate) start: Pos,
    pub(crate) end: Pos,
    /// The run holds no letter that names its direction (only digits and signs: a phone
    /// number, a date), so the isolate must say it: `<bdi dir="ltr">`. Otherwise `<bdi>`
    /// finds the direction from the run's first letter.
    pub(crate) explicit: bool,
    /// The run begins inside an element and ends outside it (or the reverse), as in
    /// `English <em>name:</em>`, where the colon belongs to the Arabic around: no element
    /// can isolate it, so the Unicode marks (U+2066/U+2067 … U+2069) do, which may cross
    /// element boundaries.
    pub(crate) marks: bool,
}

/// `text` as escaped HTML, with the runs of the other direction than `context` isolated by
/// `<bdi>` elements.
pub(crate) fn isolate(text: &str, context: &Direction, extent: Extent) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    isolate_into(text, context, extent, &mut out);
    out
}

/// [`isolate`], appending to `out`.
pub(crate) fn isolate_into(text: &str, context: &Direction, extent: Extent, out: &mut String) {
    if needs_isolation(text, context) {
        out.push_str(&isolate_parts(&[Part::Text(text)], context, extent));
    } else {
        escape_into(text, out);
    }
}

/// One part of a text to print: words, escaped and isolated where needed, or HTML placed as
/// it is (a phone link given as a message's argument).
#[derive(Debug, Clone)]
pub(crate) enum Part<'a> {
    Text(&'a str),
    /// `dir` is the direction of its text; `isolated` says it carries its own `dir`.
    Html {
        html: &'a str,
        dir: Option<Direction>,
        isolated: bool,
    },
}

/// `parts` as HTML: text escaped, HTML as it is, runs of the other direction than `context`
/// isolated across both.
pub(crate) fn isolate_parts(parts: &[Part], context: &Direction, extent: Extent) -> String {
    let pieces: Vec<Piece> = parts
        .iter()
        .map(|p| match p {
            Part::Text(t) => Piece::Text(t),
            Part::Html { dir, isolated, .. } => Piece::Atom {
                dir: dir.clone(),
                isolated: *isolated,
            },
        })
        .collect();
    let runs = runs(&pieces, context, extent);
    let mut marks: Vec<(Pos, &str)> = Vec::with_capacity(runs.len() * 2);
    for r in &runs {
        marks.push((r.start, open_tag(r, context)));
        marks.push((r.end, close_tag(r)));
    }
    let mut marks = marks.into_iter().peekable();
    let mut out = String::new();
    for (k, part) in parts.iter().enumerate() {
        match part {
            Part::Text(t) => {
                let mut at = 0;
                while let Some((pos, mark)) = marks.next_if(|(p, _)| p.piece == k) {
                    escape_into(&t[at..pos.offset], &mut out);
                    out.push_str(mark);
                    at = pos.offset;
                }
                escape_into(&t[at..], &mut out);
            }
            Part::Html { html, .. } => {
                while let Some((_, mark)) = marks.next_if(|(p, _)| p.piece == k) {
                    out.push_str(mark);
                }
                out.push_str(html);
            }
        }
    }
    for (_, mark) in marks {
        out.push_str(mark);
    }
    out
}

/// `text` with the runs of the other direction than `context` between Unicode isolation
/// marks (U+2066 or U+2067 … U+2069), not escaped: for attribute values and `<title>`, where
/// markup is not allowed. Not for URLs or codes: the marks are characters.
pub(crate) fn isolate_with_marks(text: &str, context: &Direction, extent: Extent) -> String {
    if !needs_isolation(text, context) {
        return text.to_string();
    }
    let pieces = [Piece::Text(text)];
    let mut out = String::with_capacity(text.len() + 12);
    let mut at = 0;
    let mark = match context {
        Direction::Rtl => '\u{2066}',
        Direction::Ltr => '\u{2067}',
    };
    for run in runs(&pieces, context, extent) {
        out.push_str(&text[at..run.start.offset]);
        out.push(mark);
        out.push_str(&text[run.start.offset..run.end.offset]);
        out.push('\u{2069}');
        at = run.end.offset;
    }
    out.push_str(&text[at..]);
    out
}

/// What begins the isolation of `run` inside text of direction `context`: a start tag, or a
/// Unicode mark (see [`Run::marks`]).
pub(crate) fn open_tag(run: &Run, context: &Direction) -> &'static str {
    match (run.marks, run.explicit, context) {
        (true, _, Direction::Rtl) => "\u{2066}",
        (true, _, Direction::Ltr) => "\u{2067}",
        (false, false, _) => "<bdi>",
        (false, true, Direction::Rtl) => "<bdi dir=\"ltr\">",
        (false, true, Direction::Ltr) => "<bdi dir=\"rtl\">",
    }
}

/// What ends the isolation of `run`.
pub(crate) fn close_tag(run: &Run) -> &'static str {
    if run.marks { "\u{2069}" } else { "</bdi>" }
}

/// Whether `text` may hold anything to isolate in `context`: cheap, for the common case of
/// Latin or Chinese text in a left-to-right page (no right-to-left letter at all).
pub(crate) fn needs_isolation(text: &str, context: &Direction) -> bool {
    match context {
        // Every right-to-left character is at U+0590 or above: its UTF-8 lead byte is 0xD6
        // or more.
        Direction::Ltr => text.bytes().any(|b| b >= 0xD6) && text.chars().any(is_rtl),
        Direction::Rtl => text
            .chars()
            .any(|c| matches!(class(c), Class::Ltr | Class::Digit)),
    }
}

/// Whether `c` is a right-to-left letter (Hebrew, Arabic, Thaana, N'Ko…).
pub(crate) fn is_rtl(c: char) -> bool {
    class(c) == Class::Rtl
}

/// The direction of the first letter of `text` that has one, if any.
pub(crate) fn first_strong(text: &str) -> Option<Direction> {
    text.chars().find_map(|c| match class(c) {
        Class::Ltr => Some(Direction::Ltr),
        Class::Rtl => Some(Direction::Rtl),
        _ => None,
    })
}

/// Whether a template value is a code rather than words: a URL, a path or fragment, an
/// e-mail address, an identifier or language tag (`zh-Hans`, `removal_defense`), an ISO
/// date. Such values go into attributes (`href`, `lang`, `id`) and are never isolated by the
/// template formatter. (An identifier that is a single Latin word needs no isolation in
/// text either: it has no neutral character that could move.)
pub(crate) fn is_code(value: &str) -> bool {
    if value.is_empty() || value.chars().any(char::is_whitespace) {
        return false;
    }
    let bytes = value.as_bytes();
    let identifier = bytes[0].is_ascii_alphabetic()
        && bytes
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || *b == b'-' || *b == b'_');
    let date = bytes.len() == 10
        && bytes.iter().enumerate().all(|(i, b)| match i {
            4 | 7 => *b == b'-',
            _ => b.is_ascii_digit(),
        });
    let email = value
        .split_once('@')
        .is_some_and(|(user, host)| !user.is_empty() && host.contains('.'));
    let scheme = ["http://", "https://", "mailto:", "tel:", "sms:", "data:"]
        .iter()
        .any(|s| value.starts_with(s));
    value.starts_with(['/', '#', '?', '.']) || scheme || identifier || date || email
}

// ---------------------------------------------------------------------------------------------
// Templates.

/// The first character of the placeholders that stand for HTML arguments while a message is
/// formatted (Unicode's private use area: never in a message's own text).
pub(crate) const PLACEHOLDER: char = '\u{E000}';

/// The placeholder for the `n`th HTML argument of a message.
pub(crate) fn placeholder(n: usize) -> char {
    char::from_u32(PLACEHOLDER as u32 + n as u32).unwrap_or(PLACEHOLDER)
}

/// A message formatted with placeholders ([`placeholder`]) for the arguments that are HTML
/// already (`html`, in order): escaped, isolated in `context`, with the HTML put back.
pub(crate) fn message_with_html(formatted: &str, html: &[String], context: &Direction) -> String {
    let mut parts = Vec::new();
    let mut at = 0;
    for (i, c) in formatted.char_indices() {
        let n = (c as u32).wrapping_sub(PLACEHOLDER as u32) as usize;
        if let Some(h) = html.get(n) {
            if i > at {
                parts.push(Part::Text(&formatted[at..i]));
            }
            let dir = markdown::dir_attribute(h);
            parts.push(Part::Html {
                html: h,
                isolated: dir.is_some(),
                dir,
            });
            at = i + c.len_utf8();
        }
    }
    if at < formatted.len() {
        parts.push(Part::Text(&formatted[at..]));
    }
    isolate_parts(&parts, context, Extent::Whole)
}

/// The direction of the page a template renders (`lang.dir` in its context); left to right
/// when the context has none.
pub(crate) fn page_direction(state: &minijinja::State) -> Direction {
    let rtl = state
        .lookup("lang")
        .and_then(|l| l.get_attr("dir").ok())
        .is_some_and(|d| d.as_str() == Some("rtl"));
    if rtl { Direction::Rtl } else { Direction::Ltr }
}

/// How the template formatter prints a string value as HTML text: escaped, and in a page
/// whose direction differs from the value's, its runs isolated. Codes (URLs, ids, language
/// tags: see [`is_code`]) are only escaped, since they also go into attributes.
pub(crate) fn format_value(value: &str, context: &Direction, out: &mut String) {
    if is_code(value) {
        escape_into(value, out);
    } else {
        isolate_into(value, context, Extent::Whole, out);
    }
}

fn direction_named(name: &str) -> Result<Direction, minijinja::Error> {
    match name {
        "ltr" => Ok(Direction::Ltr),
        "rtl" => Ok(Direction::Rtl),
        _ => Err(minijinja::Error::new(
            minijinja::ErrorKind::InvalidOperation,
            format!("bidi(\"{name}\"): the direction is \"ltr\" or \"rtl\""),
        )),
    }
}

/// The template filters for text direction and phone numbers:
///
/// - `{{ title|attr }}`: a value for an attribute or `<title>`, where markup is not allowed:
///   isolated with Unicode marks instead of `<bdi>`.
/// - `{{ name|bidi(l.dir) }}`: a value printed inside an element that sets its own direction
///   (`<a lang="en" dir="ltr">`): isolated against that direction, not the page's.
/// - `{{ org.phone|tel }}`: a phone number written by an editor, as a link that calls it
///   (isolated left to right in right-to-left pages); as text when it cannot be dialled.
/// - `{{ h.id|code }}`: a code the formatter might take for words (an anchor made from an
///   Arabic heading with a form number in it, the CSP): escaped only.
pub(crate) fn add_filters(env: &mut minijinja::Environment) {
    use minijinja::value::Value;
    env.add_filter("code", |value: String| {
        Value::from_safe_string(crate::render::markdown::escape(&value))
    });
    env.add_filter("attr", |state: &minijinja::State, value: String| {
        let marked = isolate_with_marks(&value, &page_direction(state), Extent::Whole);
        Value::from_safe_string(crate::render::markdown::escape(&marked))
    });
    env.add_filter("bidi", |value: String, dir: String| {
        Ok::<_, minijinja::Error>(Value::from_safe_string(isolate(
            &value,
            &direction_named(&dir)?,
            Extent::Whole,
        )))
    });
    env.add_filter("tel", |state: &minijinja::State, value: String| {
        let context = page_direction(state);
        Value::from_safe_string(match crate::render::phone::tel_uri(&value) {
            Some(tel) => crate::render::phone::link(value.trim(), &tel, &context),
            None => isolate(&value, &context, Extent::Whole),
        })
    });
}

// ---------------------------------------------------------------------------------------------
// Finding runs.

/// What a character or piece is, for finding runs: Unicode's bidirectional classes, grouped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// L: Latin, Chinese, Cyrillic… letters.
    Ltr,
    /// R, AL: Hebrew, Arabic… letters.
    Rtl,
    /// EN: European digits (also Persian digits).
    Digit,
    /// AN: Arabic-Indic digits.
    ArabicDigit,
    /// ES: plus and minus signs.
    Sign,
    /// ET: `#`, `$`, `%`, `°`…: they attach to numbers.
    Terminator,
    /// CS: `,` `.` `/` `:`.
    Common,
    /// NSM, BN: marks that belong to the character before them.
    Mark,
    /// WS.
    Space,
    /// ON: other punctuation and symbols.
    Neutral,
    /// An opening paired bracket and its closing bracket.
    Opening(char),
    /// A closing paired bracket.
    Closing(char),
    /// B, S, and text between explicit isolation or embedding marks: runs neither cross nor
    /// start there.
    Stop,
    /// Start and end tags of inline elements (zero width).
    TagOpen,
    TagClose,
    /// An unsplittable piece.
    Atom {
        dir: Option<DirKind>,
        isolated: bool,
    },
}

/// [`Direction`] without its serde and string duties, `Copy`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DirKind {
    Ltr,
    Rtl,
}

fn kind(d: &Direction) -> DirKind {
    match d {
        Direction::Ltr => DirKind::Ltr,
        Direction::Rtl => DirKind::Rtl,
    }
}

fn class(c: char) -> Class {
    if c.is_ascii_alphabetic() {
        return Class::Ltr;
    }
    if c.is_ascii_digit() {
        return Class::Digit;
    }
    if c == ' ' {
        return Class::Space;
    }
    match CodePointMapData::<BidiClass>::new().get(c) {
        BidiClass::L => Class::Ltr,
        BidiClass::R | BidiClass::AL => Class::Rtl,
        BidiClass::EN => Class::Digit,
        BidiClass::AN => Class::ArabicDigit,
        BidiClass::ES => Class::Sign,
        BidiClass::ET => Class::Terminator,
        BidiClass::CS => Class::Common,
        BidiClass::NSM | BidiClass::BN => Class::Mark,
        BidiClass::WS => Class::Space,
        BidiClass::ON => {
            let m = CodePointMapData::<BidiMirroringGlyph>::new().get(c);
            match m.paired_bracket_type {
                BidiPairedBracketType::Open => Class::Opening(m.mirroring_glyph.unwrap_or(c)),
                BidiPairedBracketType::Close => Class::Closing(c),
                _ => Class::Neutral,
            }
        }
        // B, S, and the explicit embedding and isolation marks.
        _ => Class::Stop,
    }
}

/// Punctuation that ends a sentence or a quotation: after a run, it belongs to the text
/// around the run.
fn is_sentence_punctuation(c: char) -> bool {
    matches!(
        c,
        '.' | ','
            | ';'
            | ':'
            | '!'
            | '?'
            | '…'
            | '،'
            | '؛'
            | '؟'
            | '۔'
            | '\''
            | '"'
            | '“'
            | '”'
            | '‘'
            | '’'
            | '«'
            | '»'
            | '‹'
            | '›'
            | '—'
            | '–'
    )
}

#[derive(Debug, Clone, Copy)]
struct Unit {
    class: Class,
    /// The character, for text units.
    ch: Option<char>,
    piece: usize,
    start: usize,
    end: usize,
}

impl Unit {
    fn is_char(&self) -> bool {
        self.ch.is_some()
    }
}

fn units(pieces: &[Piece]) -> Vec<Unit> {
    let mut out = Vec::new();
    // Depth of explicit isolation or embedding marks: the text inside is already isolated.
    let mut explicit = 0usize;
    for (i, p) in pieces.iter().enumerate() {
        let zero = |class| Unit {
            class,
            ch: None,
            piece: i,
            start: 0,
            end: 0,
        };
        match p {
            Piece::Text(t) => {
                for (at, c) in t.char_indices() {
                    let mut class = class(c);
                    match c {
                        '\u{2066}'..='\u{2068}'
                        | '\u{202A}'..='\u{202B}'
                        | '\u{202D}'
                        | '\u{202E}' => explicit += 1,
                        '\u{2069}' | '\u{202C}' => explicit = explicit.saturating_sub(1),
                        _ if explicit > 0 => class = Class::Stop,
                        _ => {}
                    }
                    out.push(Unit {
                        class,
                        ch: Some(c),
                        piece: i,
                        start: at,
                        end: at + c.len_utf8(),
                    });
                }
            }
            Piece::Open => out.push(zero(Class::TagOpen)),
            Piece::Close => out.push(zero(Class::TagClose)),
            Piece::Atom { dir, isolated } => out.push(zero(Class::Atom {
                dir: dir.as_ref().map(kind),
                isolated: *isolated,
            })),
            Piece::Barrier => out.push(zero(Class::Stop)),
        }
    }
    out
}

/// How units behave for a run of the direction opposite to the context.
struct Rules {
    /// The context is right to left (the runs are left to right).
    rtl: bool,
}

impl Rules {
    /// A unit a run can begin with.
    fn starts(&self, c: Class) -> bool {
        match c {
            Class::Ltr | Class::Digit => self.rtl,
            Class::Rtl => !self.rtl,
            Class::Atom { dir: Some(d), .. } => (d == DirKind::Ltr) == self.rtl,
            _ => false,
        }
    }

    /// A unit that ends the run before it.
    fn stops(&self, c: Class) -> bool {
        match c {
            Class::Stop => true,
            Class::Ltr => !self.rtl,
            // Digits after Arabic letters are Arabic numbers: they belong to the Arabic.
            Class::Rtl | Class::ArabicDigit => self.rtl,
            Class::Atom { dir: Some(d), .. } => (d == DirKind::Ltr) != self.rtl,
            _ => false,
        }
    }

    /// A unit the run is made of (as opposed to neutrals it may hold between them).
    fn good(&self, c: Class) -> bool {
        match c {
            Class::Digit => true,
            Class::ArabicDigit => !self.rtl,
            _ => self.starts(c),
        }
    }
}

/// The runs of `pieces` to isolate in text of direction `context`, in order.
pub(crate) fn runs(pieces: &[Piece], context: &Direction, extent: Extent) -> Vec<Run> {
    let units = units(pieces);
    let rules = Rules {
        rtl: *context == Direction::Rtl,
    };
    if extent == Extent::Whole
        && let Some(run) = whole(&units, &rules)
    {
        return finish(&units, &rules, vec![run], true);
    }
    let mut found = Vec::new();
    let mut floor = 0;
    let mut i = 0;
    while i < units.len() {
        if !rules.starts(units[i].class) {
            i += 1;
            continue;
        }
        let (start, end) = scan(&units, &rules, floor, i);
        if end > start {
            found.push((start, end));
        }
        floor = end.max(i + 1);
        i = floor;
    }
    finish(&units, &rules, found, false)
}

/// A whole value with no text of the context's direction: one run, from its first to its
/// last character that is not a space. `None` when the value has text of the context's
/// direction or a barrier.
fn whole(units: &[Unit], rules: &Rules) -> Option<(usize, usize)> {
    if units.iter().any(|u| rules.stops(u.class)) || !units.iter().any(|u| rules.good(u.class)) {
        return None;
    }
    let start = units.iter().position(|u| u.class != Class::Space)?;
    let end = units.iter().rposition(|u| u.class != Class::Space)? + 1;
    Some((start, end))
}

/// A bracket opened inside a run and not closed yet.
#[derive(Clone, Copy)]
struct Opened {
    /// The closing bracket expected.
    closer: char,
    /// Where it is.
    at: usize,
    /// The run's end before it: where the run is cut when it is never closed.
    end_before: usize,
}

/// The run that begins with unit `first`: returns its unit range `[start, end)`. Element
/// tags are zero-width neutrals here; [`snap`] deals with them afterwards.
fn scan(units: &[Unit], rules: &Rules, floor: usize, first: usize) -> (usize, usize) {
    // Signs directly attached before the run belong to it: `+1 202…`, `$5`, `/en/`, `#3`.
    let mut start = first;
    while start > floor
        && units[start - 1]
            .ch
            .is_some_and(|c| is_attachable(units[start - 1].class, c))
    {
        start -= 1;
    }
    let mut stack: Vec<Opened> = Vec::new();
    let mut end = first + 1;
    let mut j = first + 1;
    while j < units.len() {
        let u = units[j];
        if rules.stops(u.class) {
            break;
        }
        match u.class {
            c if rules.good(c) => end = j + 1,
            Class::Mark if end == j => end = j + 1,
            Class::Opening(closer) => stack.push(Opened {
                closer,
                at: j,
                end_before: end,
            }),
            Class::Closing(c) => match stack.last() {
                Some(o) if o.closer == c => {
                    if end > o.at {
                        end = j + 1;
                    }
                    stack.pop();
                }
                // Closes a bracket opened before the run: the run ends before it.
                _ => break,
            },
            _ => {}
        }
        j += 1;
    }
    // A bracket opened in the run and not closed in it: the run ends before it, so that the
    // pair stays together outside.
    if let Some(o) = stack.iter().find(|o| o.at < end) {
        end = o.end_before;
    }
    (start, end + tail(units, end))
}

/// Widens a run over start tags just before it and end tags just after it when that makes
/// its elements whole: `<em>Asylum</em> Office` is isolated with its `<em>`. Returns the
/// widened range and whether it is balanced (every element in it starts and ends in it).
fn snap(units: &[Unit], mut start: usize, mut end: usize) -> (usize, usize, bool) {
    loop {
        // End tags in the run whose start is before it; start tags in it not ended in it.
        let (mut open, mut closed_outside) = (0usize, 0usize);
        for u in &units[start..end] {
            match u.class {
                Class::TagOpen => open += 1,
                Class::TagClose if open > 0 => open -= 1,
                Class::TagClose => closed_outside += 1,
                _ => {}
            }
        }
        if open == 0 && closed_outside == 0 {
            return (start, end, true);
        }
        if open > 0 && units.get(end).is_some_and(|u| u.class == Class::TagClose) {
            end += 1;
        } else if closed_outside > 0 && start > 0 && units[start - 1].class == Class::TagOpen {
            start -= 1;
        } else {
            return (start, end, false);
        }
    }
}

/// Characters attached to the run's end that belong to it: a URL's final `/`, a `%`. Not
/// sentence punctuation or quotes (they belong to the text around), except the final dot of
/// an abbreviation like `U.S.C.`.
fn tail(units: &[Unit], end: usize) -> usize {
    if end == 0 || !units[end - 1].is_char() {
        return 0;
    }
    let mut n = 0;
    while let Some(u) = units.get(end + n) {
        let Some(c) = u.ch else { break };
        if !is_attachable(u.class, c) && !is_sentence_punctuation(c) {
            break;
        }
        if !matches!(
            u.class,
            Class::Sign | Class::Terminator | Class::Common | Class::Neutral
        ) {
            break;
        }
        n += 1;
    }
    while n > 0 {
        let c = units[end + n - 1].ch.unwrap_or(' ');
        if !is_sentence_punctuation(c) || (c == '.' && n == 1 && is_abbreviation(units, end)) {
            break;
        }
        n -= 1;
    }
    n
}

/// Characters that attach to a run when written against it: signs, `$ % #`, `/ @ ~ _ & =`.
fn is_attachable(class: Class, c: char) -> bool {
    matches!(
        class,
        Class::Sign | Class::Terminator | Class::Common | Class::Neutral
    ) && !is_sentence_punctuation(c)
}

/// Whether the word before `end` is an abbreviation with dots (`U.S`, `U.S.C`), so that the
/// dot after it is the abbreviation's own.
fn is_abbreviation(units: &[Unit], end: usize) -> bool {
    let mut word = String::new();
    for u in units[..end].iter().rev() {
        match u.ch {
            Some(c) if c.is_alphabetic() || c == '.' => word.insert(0, c),
            _ => break,
        }
    }
    let parts: Vec<&str> = word.split('.').collect();
    parts.len() >= 2
        && parts
            .iter()
            .all(|p| (1..=3).contains(&p.chars().count()) && p.chars().all(char::is_alphabetic))
}

/// The runs worth isolating, as positions.
fn finish(units: &[Unit], rules: &Rules, found: Vec<(usize, usize)>, whole: bool) -> Vec<Run> {
    found
        .into_iter()
        .filter(|&(s, e)| worth(&units[s..e], rules, whole))
        .map(|(s, e)| {
            let (s, e, balanced) = snap(units, s, e);
            let pos_before = |u: &Unit| Pos {
                piece: u.piece,
                offset: u.start,
            };
            let pos_after = |u: &Unit| match u.ch {
                Some(_) => Pos {
                    piece: u.piece,
                    offset: u.end,
                },
                None => Pos {
                    piece: u.piece + 1,
                    offset: 0,
                },
            };
            let letter = if rules.rtl { Class::Ltr } else { Class::Rtl };
            let named = units[s..e].iter().any(|u| {
                u.class == letter
                    || matches!(u.class, Class::Atom { dir: Some(d), isolated: false } if (d == DirKind::Ltr) == rules.rtl)
            });
            Run {
                start: pos_before(&units[s]),
                end: pos_after(&units[e - 1]),
                explicit: !named,
                marks: !balanced,
            }
        })
        .collect()
}

/// Whether a run changes anything when isolated. In right-to-left text, a plain number
/// (`2025`, `3.5`, `10:30`, `03/01/2025`) already reads right, and a range (`18-21`) or a
/// percentage (`50%`) reads the way right-to-left readers expect; a number of three or more
/// groups (a phone number, a date) or with a leading sign does not. A whole value that is a
/// number with signs or spaces (`555-0100`) is isolated too: templates print values next to
/// Arabic words, which would turn its digits into Arabic numbers. A run that is one
/// self-isolating piece needs nothing more.
fn worth(run: &[Unit], rules: &Rules, whole: bool) -> bool {
    if let [u] = run
        && matches!(u.class, Class::Atom { isolated: true, .. })
    {
        return false;
    }
    if !rules.rtl {
        return true;
    }
    if run
        .iter()
        .any(|u| u.class == Class::Ltr || matches!(u.class, Class::Atom { dir: Some(_), .. }))
    {
        return true;
    }
    let mut groups = 0;
    let mut in_digits = false;
    for u in run {
        let digit = u.class == Class::Digit;
        if digit && !in_digits {
            groups += 1;
        }
        in_digits = digit;
    }
    let signed = run.first().is_some_and(|u| u.class == Class::Sign);
    let plain = run
        .iter()
        .all(|u| matches!(u.class, Class::Digit | Class::Common | Class::Terminator));
    !plain && (whole || groups >= 3 || signed)
}

#[cfg(test)]
mod tests {
    use super::*;

    const RTL: &Direction = &Direction::Rtl;
    const LTR: &Direction = &Direction::Ltr;

    fn part(text: &str) -> String {
        isolate(text, RTL, Extent::Part)
    }

    #[test]
    fn a_phone_number_in_arabic_is_isolated_left_to_right() {
        assert_eq!(
            part("اتصل بالرقم 1-800-898-7180 الآن"),
            "اتصل بالرقم <bdi dir=\"ltr\">1-800-898-7180</bdi> الآن"
        );
        // With a sign, spaces and brackets.
        assert_eq!(
            part("الرقم +1 (202) 555-0123."),
            "الرقم <bdi dir=\"ltr\">+1 (202) 555-0123</bdi>."
        );
        // Persian digits are European numbers too.
        assert_eq!(
            part("شماره ۱-۸۰۰-۸۹۸-۷۱۸۰ است"),
            "شماره <bdi dir=\"ltr\">۱-۸۰۰-۸۹۸-۷۱۸۰</bdi> است"
        );
    }

    #[test]
    fn plain_numbers_ranges_and_percentages_are_left_to_the_algorithm() {
        for text in [
            "عمرك 21 سنة",
            "في مارس 2025، قبل",
            "بين 18-21 سنة",
            "نسبة 50% من",
            "التاريخ 03/01/2025 هنا",
            "الساعة 10:30",
        ] {
            assert_eq!(part(text), text, "{text}");
        }
        // A date in ISO form has three groups: it is isolated.
        assert_eq!(
            part("بتاريخ 2025-03-01 أو"),
            "بتاريخ <bdi dir=\"ltr\">2025-03-01</bdi> أو"
        );
    }

    #[test]
    fn a_url_keeps_its_slash_and_leaves_the_full_stop() {
        assert_eq!(
            part("استعمل https://acis.eoir.justice.gov/en/."),
            "استعمل <bdi>https://acis.eoir.justice.gov/en/</bdi>."
        );
        assert_eq!(
            part("(https://www.uscis.gov/avoid-scams)"),
            "(<bdi>https://www.uscis.gov/avoid-scams</bdi>)"
        );
        assert_eq!(
            part("الموقع https://example.org/?q=a&b=c، ثم"),
            "الموقع <bdi>https://example.org/?q=a&amp;b=c</bdi>، ثم"
        );
    }

    #[test]
    fn an_english_name_in_brackets_keeps_its_brackets_outside() {
        assert_eq!(
            part("القائمة (List of Pro Bono Legal Service Providers). بعض"),
            "القائمة (<bdi>List of Pro Bono Legal Service Providers</bdi>). بعض"
        );
        // Two names in two brackets stay in reading order: two runs, not one.
        assert_eq!(
            part("اللجوء (Asylum) (INA 208) هنا"),
            "اللجوء (<bdi>Asylum</bdi>) (<bdi>INA 208</bdi>) هنا"
        );
        // Brackets opened inside the run are closed inside it.
        assert_eq!(
            part("(INA 208(a)(2)(B)). «آخر"),
            "(<bdi>INA 208(a)(2)(B)</bdi>). «آخر"
        );
        // A bracket the run opens but never closes stays outside with its partner.
        assert_eq!(
            part("8 U.S.C. § 1158 (INA 208 — اللجوء)"),
            "<bdi>8 U.S.C. § 1158</bdi> (<bdi>INA 208</bdi> — اللجوء)"
        );
    }

    #[test]
    fn a_citation_is_one_run() {
        assert_eq!(
            part("8 U.S.C. § 1158 (INA 208) — اللجوء (Asylum)"),
            "<bdi>8 U.S.C. § 1158 (INA 208)</bdi> — اللجوء (<bdi>Asylum</bdi>)"
        );
        assert_eq!(
            part("USCIS — النموذج I-589، طلب"),
            "<bdi>USCIS</bdi> — النموذج <bdi>I-589</bdi>، طلب"
        );
    }

    #[test]
    fn trailing_full_stop_stays_with_the_arabic_sentence() {
        assert_eq!(
            part("ابدأ بصفحة Avoid scams."),
            "ابدأ بصفحة <bdi>Avoid scams</bdi>."
        );
        assert_eq!(
            part("قل: \"Arabic\"."),
            "قل: &quot;<bdi>Arabic</bdi>&quot;."
        );
        assert_eq!(part("في Chrome: افتح"), "في <bdi>Chrome</bdi>: افتح");
        // The dot of an abbreviation is its own.
        assert_eq!(part("في U.S. الولايات"), "في <bdi>U.S.</bdi> الولايات");
    }

    #[test]
    fn a_whole_english_value_is_one_run_with_its_full_stop() {
        assert_eq!(
            isolate("Plain guides, in many languages.", RTL, Extent::Whole),
            "<bdi>Plain guides, in many languages.</bdi>"
        );
        assert_eq!(
            isolate("https://example.org/", RTL, Extent::Whole),
            "<bdi>https://example.org/</bdi>"
        );
        assert_eq!(
            isolate(" 555-0100 ", RTL, Extent::Whole),
            " <bdi dir=\"ltr\">555-0100</bdi> "
        );
        // A mixed value is cut into runs as usual.
        assert_eq!(
            isolate("موقع Example.", RTL, Extent::Whole),
            "موقع <bdi>Example</bdi>."
        );
        // A whole Arabic value in an Arabic page: nothing to do.
        assert_eq!(isolate("العربية", RTL, Extent::Whole), "العربية");
    }

    #[test]
    fn latin_text_in_a_left_to_right_page_is_only_escaped() {
        let text = "Call 1-800-898-7180 (free) <now> & \"later\" at https://example.org/.";
        let escaped = crate::render::markdown::escape(text);
        assert_eq!(isolate(text, LTR, Extent::Part), escaped);
        assert_eq!(isolate(text, LTR, Extent::Whole), escaped);
        assert_eq!(
            isolate("简体中文 2025-03-01", LTR, Extent::Whole),
            "简体中文 2025-03-01"
        );
        assert!(!needs_isolation(text, LTR));
    }

    #[test]
    fn right_to_left_text_inside_left_to_right_text_is_isolated() {
        assert_eq!(
            isolate("Read in Arabic (العربية) today.", LTR, Extent::Part),
            "Read in Arabic (<bdi>العربية</bdi>) today."
        );
        // Numbers after Arabic letters belong to the Arabic.
        assert_eq!(
            isolate("See مادة 5, then", LTR, Extent::Part),
            "See <bdi>مادة 5</bdi>, then"
        );
    }

    #[test]
    fn html_is_escaped_inside_and_outside_runs() {
        assert_eq!(
            part("عربي A&B <x> \"q\" 'a'"),
            "عربي <bdi>A&amp;B &lt;x&gt; &quot;q&quot; &#39;a</bdi>&#39;"
        );
        // Markup written as text stays text, whatever the direction.
        assert_eq!(part("عربي <script>"), "عربي <bdi>&lt;script&gt;</bdi>");
    }

    #[test]
    fn text_already_isolated_is_not_isolated_again() {
        let text = "الرقم \u{2066}1-800-898-7180\u{2069} الآن";
        assert_eq!(part(text), text);
        let text = "الرقم \u{2068}Asylum Office\u{2069}.";
        assert_eq!(part(text), text);
        // Isolating twice with marks gives the same as once.
        let once = isolate_with_marks("اللجوء (Asylum)", RTL, Extent::Part);
        assert_eq!(once, "اللجوء (\u{2066}Asylum\u{2069})");
        assert_eq!(isolate_with_marks(&once, RTL, Extent::Part), once);
    }

    #[test]
    fn marks_for_attributes() {
        assert_eq!(
            isolate_with_marks("الموعد · Know Your Rights", RTL, Extent::Whole),
            "الموعد · \u{2066}Know Your Rights\u{2069}"
        );
        assert_eq!(
            isolate_with_marks("Know Your Rights", LTR, Extent::Whole),
            "Know Your Rights"
        );
    }

    #[test]
    fn runs_cross_inline_elements_only_whole() {
        let p = |pieces: &[Piece]| runs(pieces, RTL, Extent::Part);
        // <em>Asylum</em> Office, inside Arabic: one run that takes the element whole.
        let pieces = [
            Piece::Text("مكتب "),
            Piece::Open,
            Piece::Text("Asylum"),
            Piece::Close,
            Piece::Text(" Office هنا"),
        ];
        let r = p(&pieces);
        assert_eq!(r.len(), 1, "{r:?}");
        assert!(!r[0].marks);
        assert_eq!(
            (r[0].start, r[0].end),
            (
                Pos {
                    piece: 1,
                    offset: 0
                },
                Pos {
                    piece: 4,
                    offset: 7
                }
            )
        );
        // I-589 <em>form</em> اللجوء: the run ends after the element's end tag.
        let pieces = [
            Piece::Text("النموذج I-589 "),
            Piece::Open,
            Piece::Text("form"),
            Piece::Close,
            Piece::Text(" للجوء"),
        ];
        let r = p(&pieces);
        assert_eq!(r.len(), 1);
        assert_eq!(
            r[0].start,
            Pos {
                piece: 0,
                offset: 15
            }
        );
        assert_eq!(
            r[0].end,
            Pos {
                piece: 4,
                offset: 0
            }
        );
        // <em>Chrome اللجوء</em>: the element holds both directions, the run stays inside.
        let pieces = [Piece::Open, Piece::Text("Chrome عربي"), Piece::Close];
        let r = p(&pieces);
        assert_eq!(
            r[0].start,
            Pos {
                piece: 1,
                offset: 0
            }
        );
        assert_eq!(
            r[0].end,
            Pos {
                piece: 1,
                offset: 6
            }
        );
        // English <em>name: عربي</em>: the run begins outside the element and ends inside
        // it, before the colon that belongs to the Arabic: Unicode marks isolate it.
        let pieces = [
            Piece::Text("عربي English "),
            Piece::Open,
            Piece::Text("name: عربي"),
            Piece::Close,
        ];
        let r = p(&pieces);
        assert_eq!(r.len(), 1, "{r:?}");
        assert!(r[0].marks);
        assert_eq!(
            r[0].start,
            Pos {
                piece: 0,
                offset: 9
            }
        );
        assert_eq!(
            r[0].end,
            Pos {
                piece: 2,
                offset: 4
            }
        );
        let mut out = String::new();
        for piece in &pieces {
            if let Piece::Text(t) = piece {
                out.push_str(t);
            }
        }
        assert_eq!(
            isolate_with_marks(&out, RTL, Extent::Part),
            "عربي \u{2066}English name\u{2069}: عربي"
        );
        // Chrome<em>:</em> stays a plain run.
        let pieces = [
            Piece::Text("عربي Chrome"),
            Piece::Open,
            Piece::Text(":"),
            Piece::Close,
        ];
        let r = p(&pieces);
        assert!(!r[0].marks);
        assert_eq!(
            r[0].end,
            Pos {
                piece: 0,
                offset: 15
            }
        );
        // A barrier ends a run.
        let pieces = [Piece::Text("عربي A"), Piece::Barrier, Piece::Text("B عربي")];
        assert_eq!(p(&pieces).len(), 2);
    }

    #[test]
    fn atoms_join_runs_and_isolated_atoms_alone_need_nothing() {
        let phone = Piece::Atom {
            dir: Some(Direction::Ltr),
            isolated: true,
        };
        let r = runs(
            &[Piece::Text("اتصل "), phone.clone(), Piece::Text(" الآن")],
            RTL,
            Extent::Part,
        );
        assert!(r.is_empty(), "{r:?}");
        let r = runs(
            &[
                Piece::Text("اتصل "),
                phone.clone(),
                Piece::Text(" ext. 5 الآن"),
            ],
            RTL,
            Extent::Part,
        );
        assert_eq!(r.len(), 1);
        assert!(!r[0].explicit);
        // Two phone links with only a space between: the isolate must say its direction.
        let r = runs(
            &[Piece::Text("اتصل "), phone.clone(), Piece::Text(" "), phone],
            RTL,
            Extent::Part,
        );
        assert_eq!(r.len(), 1);
        assert!(r[0].explicit);
    }

    #[test]
    fn parts_with_html_arguments() {
        let link = "<a href=\"tel:+18008987180\" dir=\"ltr\">1-800-898-7180</a>";
        let parts = [
            Part::Text("خط معلومات المحكمة (آلي): "),
            Part::Html {
                html: link,
                dir: Some(Direction::Ltr),
                isolated: true,
            },
        ];
        assert_eq!(
            isolate_parts(&parts, RTL, Extent::Whole),
            format!("خط معلومات المحكمة (آلي): {link}")
        );
        // An English message around the link in an Arabic page: one run, link included.
        let parts = [
            Part::Text("Court line: "),
            Part::Html {
                html: link,
                dir: Some(Direction::Ltr),
                isolated: true,
            },
            Part::Text(" (free) <x>"),
        ];
        assert_eq!(
            isolate_parts(&parts, RTL, Extent::Whole),
            format!("<bdi>Court line: {link} (free) &lt;x&gt;</bdi>")
        );
        assert_eq!(
            isolate_parts(&parts, LTR, Extent::Whole),
            format!("Court line: {link} (free) &lt;x&gt;")
        );
    }

    #[test]
    fn messages_with_html_arguments() {
        let link = "<a href=\"tel:+15550100\" dir=\"ltr\">555-0100</a>".to_string();
        let formatted = format!("الخط (مجاني): {}.", placeholder(0));
        assert_eq!(
            message_with_html(&formatted, std::slice::from_ref(&link), RTL),
            format!("الخط (مجاني): {link}.")
        );
        // Without HTML arguments it is plain isolation.
        assert_eq!(
            message_with_html("Call <now> A-1", &[], RTL),
            "<bdi>Call &lt;now&gt; A-1</bdi>"
        );
    }

    #[test]
    fn template_filters() {
        let mut env = minijinja::Environment::new();
        add_filters(&mut env);
        let render = |src: &str, dir: &str| {
            env.render_str(
                src,
                minijinja::context! { lang => minijinja::context! { dir => dir }, v => "1-800-898-7180", t => "الموعد · Know Your Rights" },
            )
            .expect("renders")
        };
        assert_eq!(
            render("{{ v|tel }}", "rtl"),
            "<a href=\"tel:+18008987180\" dir=\"ltr\">1-800-898-7180</a>"
        );
        assert_eq!(
            render("{{ v|tel }}", "ltr"),
            "<a href=\"tel:+18008987180\">1-800-898-7180</a>"
        );
        assert_eq!(
            render("<title>{{ t|attr }}</title>", "rtl"),
            "<title>الموعد · \u{2066}Know Your Rights\u{2069}</title>"
        );
        assert_eq!(
            render("{{ t|bidi('ltr') }}", "rtl"),
            "<bdi>الموعد</bdi> · Know Your Rights"
        );
        assert!(env.render_str("{{ 'x'|bidi('up') }}", ()).is_err());
        assert_eq!(render("{{ 'نموذج-i-589'|code }}", "rtl"), "نموذج-i-589");
    }

    #[test]
    fn code_like_values() {
        for v in [
            "/ar/asylum/",
            "#removal_defense",
            "https://example.org/a?b=c",
            "mailto:help@example.org",
            "help@example.org",
            "zh-Hans",
            "ltr",
            "asylum",
            "I-589",
            "2026-11-20",
        ] {
            assert!(is_code(v), "{v}");
        }
        for v in [
            "1-800-898-7180",
            "Know Your Rights",
            "Phone:",
            "اللجوء",
            "",
            "(202) 555-0123",
            "Kreyòl ayisyen",
        ] {
            assert!(!is_code(v), "{v}");
        }
    }

    #[test]
    fn first_strong_direction() {
        assert_eq!(first_strong("123 I-589"), Some(Direction::Ltr));
        assert_eq!(first_strong("(العربية) English"), Some(Direction::Rtl));
        assert_eq!(first_strong("1-800"), None);
    }
}
