//! `str`: immutable UTF-8 text with its hash computed once, at creation, so that dict
//! look-ups of names (globals, attributes) cost a pointer or length compare and no
//! rehash. Python indexes strings by code point; an ASCII flag makes that O(1) for the
//! common case, and other strings get a sparse index of character positions on their
//! first positional access, so `s[i]` and `s[a:b]` stay O(1) there too.

use std::collections::HashMap;
use std::hash::Hasher;
use std::sync::{Arc, OnceLock};

pub struct PyStr {
    s: Box<str>,
    hash: u64,
    ascii: bool,
    /// Non-ASCII strings only, built on demand: the code-point count and the byte
    /// offset of every [`INDEX_STEP`]-th code point.
    index: OnceLock<(usize, Box<[usize]>)>,
}

/// Code points between two entries of a non-ASCII string's index.
const INDEX_STEP: usize = 32;

impl PyStr {
    pub fn new(s: &str) -> PyStr {
        PyStr {
            hash: hash_str(s),
            ascii: s.is_ascii(),
            s: s.into(),
            index: OnceLock::new(),
        }
    }

    pub fn from_string(s: String) -> PyStr {
        PyStr {
            hash: hash_str(&s),
            ascii: s.is_ascii(),
            s: s.into_boxed_str(),
            index: OnceLock::new(),
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
            self.index().0
        }
    }

    fn index(&self) -> &(usize, Box<[usize]>) {
        self.index.get_or_init(|| {
            let mut offsets = Vec::with_capacity(self.s.len() / INDEX_STEP + 1);
            let mut n = 0;
            for (b, _) in self.s.char_indices() {
                if n % INDEX_STEP == 0 {
                    offsets.push(b);
                }
                n += 1;
            }
            (n, offsets.into_boxed_slice())
        })
    }

    /// The byte offset of code point `i` (the length in bytes when `i` is at or past
    /// the end).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.ascii {
            return i.min(self.s.len());
        }
        let (n, offsets) = self.index();
        if i >= *n {
            return self.s.len();
        }
        let start = offsets[i / INDEX_STEP];
        self.s[start..]
            .char_indices()
            .nth(i % INDEX_STEP)
            .map_or(self.s.len(), |(b, _)| start + b)
    }

    /// The code point at index `i` (0-based, in range).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.ascii {
            self.s.as_bytes().get(i).map(|&b| b as char)
        } else {
            self.s[self.byte_offset(i)..].chars().next()
        }
    }

    /// Code points `a..b` (clamped to the string).
    pub fn char_slice(&self, a: usize, b: usize) -> &str {
        let start = self.byte_offset(a);
        let end = self.byte_offset(b.max(a));
        &self.s[start..end]
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
/// compare by pointer. The special method names the VM looks up on hot paths come from
/// a table made once and read without a lock.
pub fn intern(s: &str) -> Arc<PyStr> {
    type FnvMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<FnvBuild>>;
    static SPECIAL: OnceLock<FnvMap<&'static str, Arc<PyStr>>> = OnceLock::new();
    static TABLE: OnceLock<parking_lot::Mutex<FnvMap<Box<str>, Arc<PyStr>>>> = OnceLock::new();
    let special = SPECIAL.get_or_init(|| {
        SPECIAL_NAMES
            .iter()
            .map(|n| (*n, Arc::new(PyStr::new(n))))
            .collect()
    });
    if let Some(v) = special.get(s) {
        return v.clone();
    }
    let table = TABLE.get_or_init(Default::default);
    let mut t = table.lock();
    if let Some(v) = t.get(s) {
        return v.clone();
    }
    let v = Arc::new(PyStr::new(s));
    t.insert(s.into(), v.clone());
    v
}

/// FNV-1a for the interning tables (short keys; SipHash's DoS resistance buys nothing
/// here).
#[derive(Default)]
struct FnvBuild(u64);

impl Hasher for FnvBuild {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        if self.0 == 0 {
            self.0 = 0xcbf29ce484222325;
        }
        for b in bytes {
            self.0 ^= *b as u64;
            self.0 = self.0.wrapping_mul(0x100000001b3);
        }
    }
}

/// Names looked up by the VM itself.
const SPECIAL_NAMES: &[&str] = &[
    "__init__",
    "__new__",
    "__call__",
    "__repr__",
    "__str__",
    "__format__",
    "__hash__",
    "__eq__",
    "__ne__",
    "__lt__",
    "__le__",
    "__gt__",
    "__ge__",
    "__bool__",
    "__len__",
    "__iter__",
    "__next__",
    "__getitem__",
    "__setitem__",
    "__delitem__",
    "__contains__",
    "__getattr__",
    "__setattr__",
    "__delattr__",
    "__getattribute__",
    "__enter__",
    "__exit__",
    "__add__",
    "__radd__",
    "__iadd__",
    "__sub__",
    "__rsub__",
    "__isub__",
    "__mul__",
    "__rmul__",
    "__imul__",
    "__truediv__",
    "__rtruediv__",
    "__itruediv__",
    "__floordiv__",
    "__rfloordiv__",
    "__ifloordiv__",
    "__mod__",
    "__rmod__",
    "__imod__",
    "__pow__",
    "__rpow__",
    "__ipow__",
    "__and__",
    "__rand__",
    "__iand__",
    "__or__",
    "__ror__",
    "__ior__",
    "__xor__",
    "__rxor__",
    "__ixor__",
    "__lshift__",
    "__rlshift__",
    "__ilshift__",
    "__rshift__",
    "__rrshift__",
    "__irshift__",
    "__matmul__",
    "__rmatmul__",
    "__imatmul__",
    "__neg__",
    "__pos__",
    "__invert__",
    "__abs__",
    "__index__",
    "__int__",
    "__float__",
    "__round__",
    "__reversed__",
    "__class_getitem__",
    "__name__",
    "__qualname__",
    "__module__",
    "__doc__",
    "__dict__",
    "__class__",
    "__file__",
    "__package__",
    "__all__",
    "__annotations__",
    "__classcell__",
    "__builtins__",
    "__trunc__",
];
