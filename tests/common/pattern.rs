//! A deliberately small regular-expression matcher for `# expect matches:` lines.
//!
//! A few golden lines are not fully deterministic — the article prints how long a `join`
//! took, `2.0` or `2.01` depending on the machine — and the test crate has no
//! dependencies, so this is the subset such lines need, matched against the WHOLE line:
//!
//! | syntax              | matches                                  |
//! |---------------------|------------------------------------------|
//! | `x`                 | the character x                          |
//! | `.`                 | any character                            |
//! | `\d` `\w` `\s`      | digit, word character, whitespace        |
//! | `\x`                | x itself, for any other x (`\.` `\(`)    |
//! | `[abc]` `[a-z]` `[^0-9]` | a character class                   |
//! | `*` `+` `?`         | the previous item 0+, 1+, 0–1 times      |
//!
//! No groups or alternation: a line that needs them should be made deterministic instead.
//! Matching backtracks, which is fine for one short line.

/// One position of the pattern: which characters it accepts and how often.
#[derive(Debug, Clone)]
struct Item {
    class: Class,
    min: usize,
    max: usize,
}

#[derive(Debug, Clone)]
enum Class {
    Any,
    Char(char),
    Digit,
    Word,
    Space,
    Set {
        negated: bool,
        ranges: Vec<(char, char)>,
    },
}

impl Class {
    fn accepts(&self, c: char) -> bool {
        match self {
            Class::Any => true,
            Class::Char(x) => *x == c,
            Class::Digit => c.is_ascii_digit(),
            Class::Word => c.is_alphanumeric() || c == '_',
            Class::Space => c.is_whitespace(),
            Class::Set { negated, ranges } => {
                ranges.iter().any(|&(lo, hi)| lo <= c && c <= hi) != *negated
            }
        }
    }
}

/// A compiled pattern.
#[derive(Debug, Clone)]
pub struct Pattern {
    items: Vec<Item>,
}

impl Pattern {
    /// Compiles `source`, or says what is wrong with it.
    pub fn new(source: &str) -> Result<Pattern, String> {
        let mut items: Vec<Item> = Vec::new();
        let mut chars = source.chars().peekable();
        while let Some(c) = chars.next() {
            let class = match c {
                '.' => Class::Any,
                '\\' => escape(chars.next().ok_or("pattern ends with a lone '\\'")?),
                '[' => set(&mut chars)?,
                '*' | '+' | '?' => {
                    let item = items
                        .last_mut()
                        .filter(|item| item.min == 1 && item.max == 1)
                        .ok_or_else(|| format!("'{c}' does not follow a single item"))?;
                    (item.min, item.max) = match c {
                        '*' => (0, usize::MAX),
                        '+' => (1, usize::MAX),
                        _ => (0, 1),
                    };
                    continue;
                }
                '(' | ')' | '|' | '{' | '}' | '^' | '$' => {
                    return Err(format!("'{c}' is not supported; escape it as '\\{c}'"))
                }
                other => Class::Char(other),
            };
            items.push(Item {
                class,
                min: 1,
                max: 1,
            });
        }
        Ok(Pattern { items })
    }

    /// True when the pattern matches all of `line`.
    pub fn matches(&self, line: &str) -> bool {
        let chars: Vec<char> = line.chars().collect();
        match_here(&self.items, &chars)
    }
}

fn escape(c: char) -> Class {
    match c {
        'd' => Class::Digit,
        'w' => Class::Word,
        's' => Class::Space,
        other => Class::Char(other),
    }
}

/// Parses a `[...]` class; the opening bracket is already consumed.
fn set(chars: &mut std::iter::Peekable<std::str::Chars>) -> Result<Class, String> {
    let negated = chars.next_if_eq(&'^').is_some();
    let mut ranges = Vec::new();
    loop {
        let lo = match chars.next().ok_or("unclosed '['")? {
            ']' => return Ok(Class::Set { negated, ranges }),
            '\\' => chars.next().ok_or("unclosed '['")?,
            c => c,
        };
        let hi = if chars.peek() == Some(&'-') {
            chars.next();
            match chars.next().ok_or("unclosed '['")? {
                // A '-' right before ']' is a literal dash.
                ']' => {
                    ranges.push((lo, lo));
                    ranges.push(('-', '-'));
                    return Ok(Class::Set { negated, ranges });
                }
                hi => hi,
            }
        } else {
            lo
        };
        ranges.push((lo, hi));
    }
}

/// Greedy match with backtracking: take as many repetitions of the first item as
/// possible, then give them back one at a time until the rest matches.
fn match_here(items: &[Item], text: &[char]) -> bool {
    let Some((item, rest)) = items.split_first() else {
        return text.is_empty();
    };
    let most = text
        .iter()
        .take(item.max)
        .take_while(|&&c| item.class.accepts(c))
        .count();
    (item.min..=most)
        .rev()
        .any(|n| match_here(rest, &text[n..]))
}
