//! The registry of built-in types: one `Class` per built-in type and exception, made once
//! at start-up. `type_of` maps a value to its class; the builtins module fills the
//! classes' dicts with their native methods.

use super::class::compute_mro;
use super::{Class, Dict, PyStr, Value};
use crate::gil::GilCell;
use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

macro_rules! exception_tree {
    ($object:ident, $root:ident; $( $field:ident : $name:literal < $base:ident ; )*) => {
        /// The built-in exception classes.
        pub struct Exceptions {
            pub base_exception: Arc<Class>,
            $( pub $field: Arc<Class>, )*
        }

        fn make_exceptions($object: &Arc<Class>) -> Exceptions {
            let $root = new_class("BaseException", vec![$object.clone()], true);
            $( let $field = new_class($name, vec![$base.clone()], true); )*
            Exceptions { $root, $( $field, )* }
        }

        impl Exceptions {
            /// Every exception class, BaseException first.
            pub fn all(&self) -> Vec<Arc<Class>> {
                vec![self.base_exception.clone(), $( self.$field.clone(), )*]
            }
        }
    };
}

exception_tree! {
    object, base_exception;
    exception: "Exception" < base_exception;
    system_exit: "SystemExit" < base_exception;
    keyboard_interrupt: "KeyboardInterrupt" < base_exception;
    generator_exit: "GeneratorExit" < base_exception;
    arithmetic_error: "ArithmeticError" < exception;
    zero_division_error: "ZeroDivisionError" < arithmetic_error;
    overflow_error: "OverflowError" < arithmetic_error;
    floating_point_error: "FloatingPointError" < arithmetic_error;
    assertion_error: "AssertionError" < exception;
    attribute_error: "AttributeError" < exception;
    buffer_error: "BufferError" < exception;
    eof_error: "EOFError" < exception;
    import_error: "ImportError" < exception;
    module_not_found_error: "ModuleNotFoundError" < import_error;
    lookup_error: "LookupError" < exception;
    index_error: "IndexError" < lookup_error;
    key_error: "KeyError" < lookup_error;
    memory_error: "MemoryError" < exception;
    name_error: "NameError" < exception;
    unbound_local_error: "UnboundLocalError" < name_error;
    os_error: "OSError" < exception;
    blocking_io_error: "BlockingIOError" < os_error;
    child_process_error: "ChildProcessError" < os_error;
    connection_error: "ConnectionError" < os_error;
    broken_pipe_error: "BrokenPipeError" < connection_error;
    connection_aborted_error: "ConnectionAbortedError" < connection_error;
    connection_refused_error: "ConnectionRefusedError" < connection_error;
    connection_reset_error: "ConnectionResetError" < connection_error;
    file_exists_error: "FileExistsError" < os_error;
    file_not_found_error: "FileNotFoundError" < os_error;
    interrupted_error: "InterruptedError" < os_error;
    is_a_directory_error: "IsADirectoryError" < os_error;
    not_a_directory_error: "NotADirectoryError" < os_error;
    permission_error: "PermissionError" < os_error;
    process_lookup_error: "ProcessLookupError" < os_error;
    timeout_error: "TimeoutError" < os_error;
    reference_error: "ReferenceError" < exception;
    runtime_error: "RuntimeError" < exception;
    not_implemented_error: "NotImplementedError" < runtime_error;
    recursion_error: "RecursionError" < runtime_error;
    stop_iteration: "StopIteration" < exception;
    stop_async_iteration: "StopAsyncIteration" < exception;
    syntax_error: "SyntaxError" < exception;
    indentation_error: "IndentationError" < syntax_error;
    tab_error: "TabError" < indentation_error;
    system_error: "SystemError" < exception;
    type_error: "TypeError" < exception;
    value_error: "ValueError" < exception;
    unicode_error: "UnicodeError" < value_error;
    unicode_decode_error: "UnicodeDecodeError" < unicode_error;
    unicode_encode_error: "UnicodeEncodeError" < unicode_error;
    warning: "Warning" < exception;
    deprecation_warning: "DeprecationWarning" < warning;
    pending_deprecation_warning: "PendingDeprecationWarning" < warning;
    runtime_warning: "RuntimeWarning" < warning;
    syntax_warning: "SyntaxWarning" < warning;
    user_warning: "UserWarning" < warning;
    future_warning: "FutureWarning" < warning;
    import_warning: "ImportWarning" < warning;
    unicode_warning: "UnicodeWarning" < warning;
    bytes_warning: "BytesWarning" < warning;
    resource_warning: "ResourceWarning" < warning;
}

macro_rules! builtin_types {
    ($int:ident; $( $field:ident : $name:literal; )*) => {
        /// The built-in (non-exception) types.
        pub struct Types {
            pub object: Arc<Class>,
            $( pub $field: Arc<Class>, )*
            pub bool: Arc<Class>,
            pub exc: Exceptions,
            iterators: HashMap<&'static str, Arc<Class>>,
        }

        fn make_types() -> Types {
            let object = new_class("object", vec![], false);
            $( let $field = new_class($name, vec![object.clone()], false); )*
            let bool = new_class("bool", vec![$int.clone()], false);
            let exc = make_exceptions(&object);
            let iterators = ITERATOR_NAMES
                .iter()
                .map(|n| (*n, new_class(n, vec![object.clone()], false)))
                .collect();
            Types { object, $( $field, )* bool, exc, iterators }
        }
    };
}

builtin_types! {
    int;
    type_: "type";
    int: "int";
    float: "float";
    complex: "complex";
    str: "str";
    bytes: "bytes";
    bytearray: "bytearray";
    tuple: "tuple";
    list: "list";
    dict: "dict";
    set: "set";
    frozenset: "frozenset";
    range: "range";
    slice: "slice";
    none_type: "NoneType";
    not_implemented_type: "NotImplementedType";
    ellipsis: "ellipsis";
    function: "function";
    builtin_function: "builtin_function_or_method";
    method: "method";
    module: "module";
    code: "code";
    cell: "cell";
    property: "property";
    staticmethod: "staticmethod";
    classmethod: "classmethod";
    generator: "generator";
    null: "NULL";
}

const ITERATOR_NAMES: &[&str] = &[
    "list_iterator",
    "tuple_iterator",
    "range_iterator",
    "str_ascii_iterator",
    "bytes_iterator",
    "bytearray_iterator",
    "dict_keyiterator",
    "dict_valueiterator",
    "dict_itemiterator",
    "enumerate",
    "zip",
    "map",
    "filter",
    "list_reverseiterator",
    "callable_iterator",
    "set_iterator",
    "str_iterator",
    "iterator",
];

/// The names of the built-in iterator types.
pub fn iterator_names() -> &'static [&'static str] {
    ITERATOR_NAMES
}

/// A fresh built-in class with an empty dict.
pub fn new_class(name: &str, bases: Vec<Arc<Class>>, is_exception: bool) -> Arc<Class> {
    let mro = compute_mro(&bases)
        .unwrap_or_else(|_| unreachable!("the built-in hierarchy is consistent"));
    let name: Arc<PyStr> = super::pystr::intern(name);
    Arc::new(Class {
        qualname: name.clone(),
        name,
        bases,
        mro,
        dict: GilCell::new(Dict::new()),
        is_exception,
        builtin: true,
        hooks: Default::default(),
        metaclass: None,
    })
}

static TYPES: OnceLock<Types> = OnceLock::new();

/// The registry (created on first use).
#[inline]
pub fn types() -> &'static Types {
    TYPES.get_or_init(make_types)
}

/// The class of any value.
pub fn type_of(v: &Value) -> Arc<Class> {
    let t = types();
    match v {
        Value::Null => t.null.clone(),
        Value::None => t.none_type.clone(),
        Value::NotImplemented => t.not_implemented_type.clone(),
        Value::Ellipsis => t.ellipsis.clone(),
        Value::Bool(_) => t.bool.clone(),
        Value::Int(_) | Value::BigInt(_) => t.int.clone(),
        Value::Float(_) => t.float.clone(),
        Value::Str(_) => t.str.clone(),
        Value::Bytes(_) => t.bytes.clone(),
        Value::Tuple(_) => t.tuple.clone(),
        Value::List(_) => t.list.clone(),
        Value::Dict(_) => t.dict.clone(),
        Value::Set(s) => {
            if s.frozen {
                t.frozenset.clone()
            } else {
                t.set.clone()
            }
        }
        Value::Range(_) => t.range.clone(),
        Value::Slice(_) => t.slice.clone(),
        Value::Function(_) => t.function.clone(),
        Value::Builtin(_) => t.builtin_function.clone(),
        Value::BoundMethod(b) => match b.func {
            Value::Builtin(_) => t.builtin_function.clone(),
            _ => t.method.clone(),
        },
        Value::Class(c) => c.metaclass.clone().unwrap_or_else(|| t.type_.clone()),
        Value::Instance(i) => i.class.clone(),
        Value::Module(_) => t.module.clone(),
        Value::Code(_) => t.code.clone(),
        Value::Cell(_) => t.cell.clone(),
        Value::Generator(_) => t.generator.clone(),
        Value::Iter(it) => iterator_type(it.kind),
        Value::Descriptor(d) => match &**d {
            super::Descriptor::Property { .. } => t.property.clone(),
            super::Descriptor::StaticMethod(_) => t.staticmethod.clone(),
            super::Descriptor::ClassMethod(_) => t.classmethod.clone(),
        },
        Value::Native(n) => n.class(),
    }
}

/// The class for a named built-in iterator type.
pub fn iterator_type(name: &str) -> Arc<Class> {
    let t = types();
    t.iterators
        .get(name)
        .unwrap_or(&t.iterators["iterator"])
        .clone()
}

/// The class of `super` objects.
pub fn super_type() -> Arc<Class> {
    static SUPER: OnceLock<Arc<Class>> = OnceLock::new();
    SUPER
        .get_or_init(|| new_class("super", vec![types().object.clone()], false))
        .clone()
}
