//! `dict`: an insertion-ordered hash map (indexmap) keyed by [`HashKey`], a value paired
//! with its Python hash computed once. Hashing and key equality follow Python's rules
//! for the built-in types (`1`, `1.0` and `True` are the same key); other objects are
//! keyed by identity.

use super::{PyStr, Value};
use indexmap::{Equivalent, IndexMap};
use std::hash::{BuildHasherDefault, Hash, Hasher};
use std::sync::Arc;

/// The modulus of CPython's numeric hash (2**61 - 1).
const HASH_MODULUS: u64 = (1 << 61) - 1;

/// A dict key: the value and its Python hash.
#[derive(Clone)]
pub struct HashKey {
    pub hash: u64,
    pub value: Value,
}

impl Hash for HashKey {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_u64(self.hash);
    }
}

impl PartialEq for HashKey {
    fn eq(&self, other: &HashKey) -> bool {
        self.hash == other.hash && keys_equal(&self.value, &other.value)
    }
}

impl Eq for HashKey {}

impl HashKey {
    /// The key for a value of a built-in hashable type; None if unhashable.
    pub fn new(value: Value) -> Option<HashKey> {
        Some(HashKey {
            hash: hash_builtin(&value)?,
            value,
        })
    }

    pub fn str(s: Arc<PyStr>) -> HashKey {
        HashKey {
            hash: s.hash(),
            value: Value::Str(s),
        }
    }
}

/// Look up a str key without building a `Value`.
struct StrKey<'a>(&'a PyStr);

impl Hash for StrKey<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_u64(self.0.hash());
    }
}

impl Equivalent<HashKey> for StrKey<'_> {
    fn equivalent(&self, key: &HashKey) -> bool {
        match &key.value {
            Value::Str(s) => **s == *self.0,
            _ => false,
        }
    }
}

/// The keys already carry their hash; the map only needs to pass it through.
#[derive(Default)]
pub struct PassThrough(u64);

impl Hasher for PassThrough {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = self.0.rotate_left(8) ^ *b as u64;
        }
    }
    fn write_u64(&mut self, n: u64) {
        // Spread the bits: small ints hash to themselves.
        self.0 = n.wrapping_mul(0x9E3779B97F4A7C15);
    }
}

#[derive(Clone, Default)]
pub struct Dict {
    map: IndexMap<HashKey, Value, BuildHasherDefault<PassThrough>>,
    /// Bumped by every change, so look-up caches (LOAD_GLOBAL's) can tell the dict is
    /// as they saw it.
    version: u64,
}

impl Dict {
    pub fn new() -> Dict {
        Dict::default()
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// Changes whenever the dict changes.
    #[inline]
    pub fn version(&self) -> u64 {
        self.version
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    pub fn get(&self, key: &HashKey) -> Option<&Value> {
        self.map.get(key)
    }

    pub fn get_str(&self, name: &PyStr) -> Option<&Value> {
        self.map.get(&StrKey(name))
    }

    pub fn contains(&self, key: &HashKey) -> bool {
        self.map.contains_key(key)
    }

    pub fn insert(&mut self, key: HashKey, value: Value) -> Option<Value> {
        self.version += 1;
        self.map.insert(key, value)
    }

    /// Set a str key (names, attributes).
    pub fn set_str(&mut self, name: Arc<PyStr>, value: Value) {
        self.version += 1;
        if let Some(slot) = self.map.get_mut(&StrKey(&name)) {
            *slot = value;
        } else {
            self.map.insert(HashKey::str(name), value);
        }
    }

    /// Set by a Rust string (for building modules and classes).
    pub fn set(&mut self, name: &str, value: Value) {
        self.set_str(super::pystr::intern(name), value);
    }

    pub fn remove(&mut self, key: &HashKey) -> Option<Value> {
        self.version += 1;
        self.map.shift_remove(key)
    }

    pub fn remove_str(&mut self, name: &PyStr) -> Option<Value> {
        self.version += 1;
        self.map.shift_remove(&StrKey(name))
    }

    pub fn pop_last(&mut self) -> Option<(HashKey, Value)> {
        self.version += 1;
        self.map.pop()
    }

    pub fn clear(&mut self) {
        self.version += 1;
        self.map.clear()
    }

    pub fn get_index(&self, i: usize) -> Option<(&HashKey, &Value)> {
        self.map.get_index(i)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&HashKey, &Value)> {
        self.map.iter()
    }

    pub fn keys(&self) -> impl Iterator<Item = &Value> {
        self.map.keys().map(|k| &k.value)
    }

    pub fn values(&self) -> impl Iterator<Item = &Value> {
        self.map.values()
    }
}

/// Python's hash of a value of a built-in type; None for unhashable values (list, dict,
/// set) and for instances (whose hash the VM decides).
pub fn hash_builtin(v: &Value) -> Option<u64> {
    Some(match v {
        Value::None => 0xFCA86420,
        Value::Bool(b) => *b as u64,
        Value::Int(i) => hash_i64(*i),
        Value::BigInt(b) => hash_bigint(b),
        Value::Float(f) => hash_float(*f),
        Value::Str(s) => s.hash(),
        Value::Bytes(b) => super::pystr::hash_str(&String::from_utf8_lossy(b)) ^ 0x5bd1e995,
        Value::Tuple(items) => {
            // CPython's xxHash-based tuple hash, simplified: order-sensitive mixing.
            let mut acc: u64 = 0x27D4EB2F165667C5;
            for item in items.iter() {
                let h = hash_builtin(item)?;
                acc = acc.wrapping_add(h.wrapping_mul(0xC2B2AE3D27D4EB4F));
                acc = acc.rotate_left(31).wrapping_mul(0x9E3779B185EBCA87);
            }
            acc ^ (items.len() as u64)
        }
        Value::List(_) | Value::Dict(_) => return None,
        Value::Set(_) => return None,
        Value::Instance(_) => return None,
        other => other.ptr().map(|p| (p >> 4) as u64).unwrap_or(0),
    })
}

fn hash_i64(i: i64) -> u64 {
    let m = HASH_MODULUS as i128;
    let mut h = (i as i128 % m) as i64;
    if h == -1 {
        h = -2;
    }
    h as u64
}

fn hash_bigint(b: &num_bigint::BigInt) -> u64 {
    use num_traits::{Signed, ToPrimitive};
    let m = num_bigint::BigInt::from(HASH_MODULUS);
    let r = (b.abs() % &m).to_i64().unwrap_or(0);
    let mut h = if b.is_negative() { -r } else { r };
    if h == -1 {
        h = -2;
    }
    h as u64
}

fn hash_float(f: f64) -> u64 {
    if f.fract() == 0.0 && f.abs() < 9.2e18 {
        return hash_i64(f as i64);
    }
    if f.is_nan() {
        return 0;
    }
    f.to_bits().wrapping_mul(0x9E3779B97F4A7C15) >> 1
}

/// Equality of keys: numeric equality across int/float/bool, str and bytes by content,
/// tuples element-wise, everything else by identity.
pub fn keys_equal(a: &Value, b: &Value) -> bool {
    use Value::*;
    match (a, b) {
        (Str(x), Str(y)) => x == y,
        (Int(x), Int(y)) => x == y,
        (Bool(x), Bool(y)) => x == y,
        (Int(x), Bool(y)) | (Bool(y), Int(x)) => *x == *y as i64,
        (Float(x), Float(y)) => x == y,
        (Int(x), Float(y)) | (Float(y), Int(x)) => (*x as f64) == *y && (*y as i64) == *x,
        (Bool(x), Float(y)) | (Float(y), Bool(x)) => (*x as i64 as f64) == *y,
        (BigInt(x), BigInt(y)) => x == y,
        (Bytes(x), Bytes(y)) => x == y,
        (Tuple(x), Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| keys_equal(p, q))
        }
        _ => a.is(b),
    }
}
