//! `str`: immutable UTF-8 text with its hash computed once, at creation, so that dict
//! look-ups of names (globals, attributes) cost a pointer or length compare and no
//! rehash. Python indexes strings by code point; an ASCII flag makes that O(1) for the
//! common case.

use std::collections::HashMap;
use std::hash::Hasher;
use std::sync::{Arc, OnceLock};

pub struct PyStr {
    s: Box<str>,
    hash: u64,
    ascii: bool,
}

impl PyStr {
    pub fn new(s: &str) -> PyStr {
        PyStr {
            hash: hash_str(s),
            ascii: s.is_ascii(),
            s: s.into(),
        }
    }

    pub fn from_string(s: String) -> PyStr {
        PyStr {
            hash: hash_str(&s),
            ascii: s.is_ascii(),
            s: s.into_boxed_str(),
        }
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        &self.s
    }

    #[inline]
    pub fn hash(&self) -> u64 {
        self.hash
    }

    pub fn is_ascii(&self) -> bool {
        self.ascii
    }

    /// Length in code points.
    pub fn char_len(&self) -> usize {
        if self.ascii {
            self.s.len()
        } else {
            self.s.chars().count()
        }
    }

    /// The code point at index `i` (0-based, in range).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.ascii {
            self.s.as_bytes().get(i).map(|&b| b as char)
        } else {
            self.s.chars().nth(i)
        }
    }
}

impl PartialEq for PyStr {
    fn eq(&self, other: &PyStr) -> bool {
        std::ptr::eq(self, other) || (self.hash == other.hash && self.s == other.s)
    }
}

impl Eq for PyStr {}

impl std::fmt::Debug for PyStr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", &*self.s)
    }
}

impl std::fmt::Display for PyStr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.s)
    }
}

/// FNV-1a, then mixed: strings hash the same on every run (CPython randomises its string
/// hashes; gilpy prefers reproducibility, which only shows in set iteration order).
pub fn hash_str(s: &str) -> u64 {
    let mut h = Fnv(0xcbf29ce484222325);
    h.write(s.as_bytes());
    let v = h.finish();
    // -1 is reserved as an error marker in CPython's hash protocol; keep the same range.
    (v >> 1) as i64 as u64
}

struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= *b as u64;
            self.0 = self.0.wrapping_mul(0x100000001b3);
        }
    }
}

/// Interned names: every identifier the compiler sees and every attribute name made at
/// run time through `intern`, so equal names are usually the same allocation and
/// compare by pointer.
pub fn intern(s: &str) -> Arc<PyStr> {
    static TABLE: OnceLock<parking_lot::Mutex<HashMap<Box<str>, Arc<PyStr>>>> = OnceLock::new();
    let table = TABLE.get_or_init(Default::default);
    let mut t = table.lock();
    if let Some(v) = t.get(s) {
        return v.clone();
    }
    let v = Arc::new(PyStr::new(s));
    t.insert(s.into(), v.clone());
    v
}
