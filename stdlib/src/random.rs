//! `_random`: the Mersenne Twister (MT19937) generator, seeded exactly as CPython seeds
//! it, so `random.seed(n)` gives CPython's sequences. `random.py` builds the rest
//! (randrange, choice, shuffle, ...) on `random()` and `getrandbits()`, as CPython does.

use interpreter::builtins::{add_methods, check_method};
use interpreter::gil::GilCell;
use interpreter::object::types::{new_class, types};
use interpreter::object::{Args, Class, Dict, NativeObject, PyResult, Value};
use interpreter::vm::Vm;
use num_bigint::BigInt;
use std::any::Any;
use std::sync::{Arc, OnceLock};

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// The generator's state.
struct Mt {
    state: [u32; N],
    index: usize,
}

impl Mt {
    fn init_genrand(&mut self, s: u32) {
        self.state[0] = s;
        for i in 1..N {
            let prev = self.state[i - 1];
            self.state[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let prev = self.state[i - 1];
            self.state[i] = (self.state[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                self.state[0] = self.state[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = self.state[i - 1];
            self.state[i] = (self.state[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941))
                .wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                self.state[0] = self.state[N - 1];
                i = 1;
            }
        }
        self.state[0] = 0x8000_0000;
    }

    fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            let mag01 = [0u32, MATRIX_A];
            for kk in 0..N {
                let y = (self.state[kk] & UPPER_MASK) | (self.state[(kk + 1) % N] & LOWER_MASK);
                self.state[kk] = self.state[(kk + M) % N] ^ (y >> 1) ^ mag01[(y & 1) as usize];
            }
            self.index = 0;
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^= y >> 18;
        y
    }

    /// A float in [0, 1) with 53 random bits, as CPython's `random()`.
    fn random(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }
}

pub struct Random {
    mt: GilCell<Mt>,
}

fn random_class() -> &'static Arc<Class> {
    static CLASS: OnceLock<Arc<Class>> = OnceLock::new();
    CLASS.get_or_init(|| new_class("Random", vec![types().object.clone()], false))
}

impl NativeObject for Random {
    fn class(&self) -> Arc<Class> {
        random_class().clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

pub fn init(vm: &mut Vm, d: &mut Dict) -> PyResult<()> {
    add_methods(
        vm,
        random_class(),
        &[
            ("__new__", random_new),
            ("seed", seed),
            ("random", random),
            ("getrandbits", getrandbits),
        ],
    );
    d.set("Random", Value::Class(random_class().clone()));
    Ok(())
}

fn random_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = Value::native(Random {
        mt: GilCell::new(Mt {
            state: [0; N],
            index: N + 1,
        }),
    });
    let mut seed_args = vec![r.clone()];
    seed_args.extend(args.pos.get(1).cloned());
    seed(vm, Args::new(&seed_args))?;
    Ok(r)
}

fn this<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<&'a Random> {
    match args.pos.first() {
        Some(Value::Native(n)) => n
            .as_any()
            .downcast_ref::<Random>()
            .ok_or_else(|| vm.type_error("expected a Random")),
        _ => Err(vm.type_error("expected a Random")),
    }
}

/// `seed(n)`: an int's absolute value, as 32-bit words from the least significant; None
/// (or no argument) seeds from the clock and the process id.
fn seed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "seed", &args, 0, 1)?;
    let r = this(vm, &args)?;
    let n: BigInt = match args.pos.get(1) {
        None | Some(Value::None) => {
            let t = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap_or_default();
            BigInt::from(t.as_nanos()) ^ BigInt::from(std::process::id())
        }
        Some(v) => match v.as_bigint() {
            Some(b) => b,
            None => BigInt::from(vm.hash(v)?),
        },
    };
    let (_, mut words) = num_traits::Signed::abs(&n).to_u32_digits();
    if words.is_empty() {
        words.push(0);
    }
    r.mt.get_mut(&mut vm.py).init_by_array(&words);
    Ok(Value::None)
}

fn random(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "random", &args, 0, 0)?;
    let r = this(vm, &args)?;
    Ok(Value::Float(r.mt.get_mut(&mut vm.py).random()))
}

/// `getrandbits(k)`: an int of k random bits (32-bit words, least significant first).
fn getrandbits(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "getrandbits", &args, 1, 1)?;
    let r = this(vm, &args)?;
    let k = vm.index_value(&args.pos[1])?;
    if k < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    let mt = r.mt.get_mut(&mut vm.py);
    if k <= 32 {
        return Ok(Value::Int(if k == 0 {
            0
        } else {
            (mt.next_u32() >> (32 - k)) as i64
        }));
    }
    let mut words = vec![];
    let mut left = k;
    while left > 0 {
        let mut w = mt.next_u32();
        if left < 32 {
            w >>= 32 - left;
        }
        words.push(w);
        left -= 32;
    }
    Ok(Value::from_bigint(BigInt::from_slice(
        num_bigint::Sign::Plus,
        &words,
    )))
}
