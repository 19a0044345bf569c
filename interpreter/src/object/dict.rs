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
        // CPython's string hashes are randomised per run, except the empty string's.
        Value::Str(s) if s.as_str().is_empty() => 0,
        Value::Str(s) => s.hash(),
        Value::Bytes(b) => super::pystr::hash_str(&String::from_utf8_lossy(b)) ^ 0x5bd1e995,
        Value::Tuple(items) => {
            let mut hashes = Vec::with_capacity(items.len());
            for item in items.iter() {
                hashes.push(hash_builtin(item)?);
            }
            hash_tuple(&hashes)
        }
        Value::List(_) | Value::Dict(_) => return None,
        Value::Set(_) => return None,
        Value::Instance(_) => return None,
        Value::Native(n) if !n.hashable() => return None,
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

/// CPython's hash of a float: the value reduced modulo 2**61 - 1, so that floats equal
/// to ints hash alike (`_Py_HashDouble`).
fn hash_float(f: f64) -> u64 {
    const BITS: i32 = 61;
    if f.is_infinite() {
        return if f > 0.0 { 314159 } else { (-314159i64) as u64 };
    }
    if f.is_nan() {
        return 0;
    }
    let (mut m, mut e) = frexp(f);
    let sign: i64 = if m < 0.0 {
        m = -m;
        -1
    } else {
        1
    };
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & HASH_MODULUS) | x >> (BITS - 28);
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= HASH_MODULUS {
            x -= HASH_MODULUS;
        }
    }
    let e = if e >= 0 {
        e % BITS
    } else {
        BITS - 1 - ((-1 - e) % BITS)
    };
    x = ((x << e) & HASH_MODULUS) | x >> (BITS - e);
    let mut h = (x as i64).wrapping_mul(sign);
    if h == -1 {
        h = -2;
    }
    h as u64
}

/// `frexp`: f = m * 2**e with 0.5 <= |m| < 1.
fn frexp(f: f64) -> (f64, i32) {
    if f == 0.0 {
        return (f, 0);
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(f * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

/// CPython's tuple hash (xxHash-based) over the items' hashes.
pub fn hash_tuple(hashes: &[u64]) -> u64 {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc = P5;
    for &lane in hashes {
        acc = acc.wrapping_add(lane.wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add(hashes.len() as u64 ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc
}

/// The order CPython iterates a set whose keys were added in `keys`' order: the keys
/// placed into a simulated CPython set table (size 8, growing as `set_add` grows it,
/// linear probing then perturbation), read back slot by slot. For ints, floats and
/// tuples of them the hashes are CPython's, so the order is CPython's; strings' hashes
/// are randomised per run in CPython, so any order is one it could print.
pub fn cpython_set_order<'a>(keys: impl Iterator<Item = &'a HashKey>) -> Vec<&'a HashKey> {
    let keys: Vec<&HashKey> = keys.collect();
    let mut table: Vec<Option<usize>> = vec![None; 8];
    let mut used = 0usize;
    for (k, key) in keys.iter().enumerate() {
        used += 1;
        insert_clean(&mut table, key.hash, k);
        let mask = table.len() - 1;
        if used * 5 >= mask * 3 {
            let target = if used > 50000 { used * 2 } else { used * 4 };
            let mut size = 8;
            while size <= target {
                size <<= 1;
            }
            let old = std::mem::replace(&mut table, vec![None; size]);
            for slot in old.into_iter().flatten() {
                insert_clean(&mut table, keys[slot].hash, slot);
            }
        }
    }
    table.into_iter().flatten().map(|i| keys[i]).collect()
}

/// CPython's probe sequence for a key known to be absent (`set_insert_clean`).
fn insert_clean(table: &mut [Option<usize>], hash: u64, item: usize) {
    const LINEAR_PROBES: usize = 9;
    let mask = table.len() - 1;
    let mut perturb = hash;
    let mut i = hash as usize & mask;
    loop {
        let probes = if i + LINEAR_PROBES <= mask {
            LINEAR_PROBES
        } else {
            0
        };
        if let Some(slot) = table[i..=i + probes].iter_mut().find(|s| s.is_none()) {
            *slot = Some(item);
            return;
        }
        perturb >>= 5;
        i = (i
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(perturb as usize))
            & mask;
    }
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
        (BigInt(_), Float(_)) | (Float(_), BigInt(_)) => {
            crate::vm::num_cmp(a, b) == Some(std::cmp::Ordering::Equal)
        }
        (Bytes(x), Bytes(y)) => x == y,
        (Tuple(x), Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| keys_equal(p, q))
        }
        _ => a.is(b),
    }
}
