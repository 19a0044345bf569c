"""Runtime support for type hints: a small, readable subset of CPython's typing.

The objects here exist so that annotated programs import and run, and so that
the names print like CPython's (``typing.List[int]``, ``~T``, ...).  Nothing is
type-checked at run time.

Subscripted generics (``List[int]``, ``Stack[int]``) are `_GenericAlias`
objects.  When such an alias is used as a base class, CPython asks it for
``__mro_entries__``; an interpreter without that hook instead calls
``type(alias)(name, bases, namespace)``, so `_BaseGenericAlias.__new__` also
accepts that call and builds the class itself (`_build_class`).
``Generic[T]`` and ``Protocol[T]`` return small marker subclasses of
Generic/Protocol rather than aliases, so that they mix with other base classes
without a metaclass conflict.
"""

import sys
import collections

__all__ = [
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final', 'ForwardRef',
    'Generic', 'Literal', 'Optional', 'ParamSpec', 'Protocol', 'Tuple', 'Type', 'TypeVar',
    'TypeVarTuple', 'Union',
    'AbstractSet', 'ByteString', 'Container', 'ContextManager', 'Hashable', 'ItemsView',
    'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView', 'MutableMapping',
    'MutableSequence', 'MutableSet', 'Sequence', 'Sized', 'ValuesView', 'Awaitable',
    'AsyncIterator', 'AsyncIterable', 'Coroutine', 'Collection', 'AsyncGenerator',
    'AsyncContextManager', 'Reversible', 'SupportsAbs', 'SupportsBytes', 'SupportsComplex',
    'SupportsFloat', 'SupportsIndex', 'SupportsInt', 'SupportsRound',
    'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict', 'Set',
    'FrozenSet', 'NamedTuple', 'TypedDict', 'Generator',
    'BinaryIO', 'IO', 'Match', 'Pattern', 'TextIO',
    'AnyStr', 'assert_type', 'assert_never', 'cast', 'clear_overloads', 'dataclass_transform',
    'final', 'get_args', 'get_origin', 'get_overloads', 'get_type_hints', 'is_typeddict',
    'LiteralString', 'Never', 'NewType', 'no_type_check', 'no_type_check_decorator',
    'NoReturn', 'NotRequired', 'overload', 'ParamSpecArgs', 'ParamSpecKwargs', 'Required',
    'reveal_type', 'runtime_checkable', 'Self', 'Text', 'TYPE_CHECKING', 'TypeAlias',
    'TypeGuard', 'Unpack',
]

TYPE_CHECKING = False

_NoneType = type(None)
_FunctionType = type(lambda: None)


# --- helpers ---------------------------------------------------------------

def _caller_module(depth=2):
    """The __name__ of the module that called our caller ('__main__' if unknown)."""
    try:
        return sys._getframe(depth).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return '__main__'


def _type_repr(obj):
    """How a type argument prints inside ``X[...]``."""
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, _FunctionType):
        return obj.__name__
    return repr(obj)


def _type_convert(arg):
    """None means NoneType and a string is a forward reference."""
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


def _as_tuple(params):
    return params if isinstance(params, tuple) else (params,)


def _dedupe(items):
    """Drop repeats (by ==) keeping the first occurrence."""
    result = []
    for item in items:
        if not any(item == seen and type(item) is type(seen) for seen in result):
            result.append(item)
    return result


def _same_members(a, b):
    """Order-insensitive equality (set == set compares by identity in gilpy)."""
    return all(x in b for x in a) and all(y in a for y in b)


def _is_typevar_like(obj):
    return isinstance(obj, (TypeVar, ParamSpec, TypeVarTuple))


def _collect_parameters(args):
    """The type variables in args, in order of first appearance."""
    params = []
    for arg in args:
        if isinstance(arg, type):
            continue
        if _is_typevar_like(arg):
            candidates = (arg,)
        elif isinstance(arg, (list, tuple)):
            candidates = _collect_parameters(arg)
        else:
            candidates = getattr(arg, '__parameters__', ())
        for p in candidates:
            if p not in params:
                params.append(p)
    return tuple(params)


def _check_arg_count(alias, args, expected):
    if len(args) != expected:
        many = 'many' if len(args) > expected else 'few'
        raise TypeError(f'Too {many} arguments for {alias}; actual {len(args)}, '
                        f'expected {expected}')


# --- type variables and forward references ----------------------------------

class TypeVar:
    """A type variable: ``T = TypeVar('T')``.  Prints as ``~T``."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        self.__name__ = name
        self.__constraints__ = tuple(_type_convert(c) for c in constraints)
        self.__bound__ = _type_convert(bound) if bound is not None else None
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        module = _caller_module()
        if module != 'typing':
            self.__module__ = module

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class TypeVarTuple:
    """``Ts = TypeVarTuple('Ts')`` (a name only)."""

    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__

    def __iter__(self):
        yield Unpack[self]


class ParamSpecArgs:
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f'{self.__origin__.__name__}.args'


class ParamSpecKwargs:
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f'{self.__origin__.__name__}.kwargs'


class ParamSpec:
    """``P = ParamSpec('P')``: prints as ``~P``; has ``P.args`` and ``P.kwargs``."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__bound__ = bound
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.args = ParamSpecArgs(self)
        self.kwargs = ParamSpecKwargs(self)

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__


class ForwardRef:
    """A type written as a string, resolved later by get_type_hints()."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f'Forward reference must be a string -- got {arg!r}')
        self.__forward_arg__ = arg
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns):
        if self.__forward_module__ is not None and self.__forward_module__ in sys.modules:
            globalns = sys.modules[self.__forward_module__].__dict__
        value = eval(self.__forward_arg__, globalns, localns)
        return _eval_type(_type_convert(value), globalns, localns)

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return f'ForwardRef({self.__forward_arg__!r})'

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# --- special forms ------------------------------------------------------------

class _SpecialForm:
    """Any, Union, Optional, Literal, ...: a name that prints as ``typing.Name``.

    Used as a decorator on a function that implements ``Form[params]``.
    """

    def __init__(self, getitem):
        self._getitem = getitem
        self._name = getitem.__name__
        self.__doc__ = getitem.__doc__

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)

    def __call__(self, *args, **kwargs):
        if self._name == 'Any':
            raise TypeError('Any cannot be instantiated')
        raise TypeError(f'Cannot instantiate {self!r}')

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __reduce__(self):
        return self._name


def _not_subscriptable(self, parameters):
    raise TypeError(f'{self} is not subscriptable')


def _plain_form(name, doc=''):
    """A special form that takes no parameters, such as Any."""
    def getitem(self, parameters):
        raise TypeError(f'{self} is not subscriptable')
    getitem.__name__ = name
    getitem.__doc__ = doc
    return _SpecialForm(getitem)


Any = _plain_form('Any', 'Special type indicating an unconstrained type.')
NoReturn = _plain_form('NoReturn', 'Special type indicating functions that never return.')
Never = _plain_form('Never', 'The bottom type, a type that has no members.')
Self = _plain_form('Self', 'Used to spell the type of "self" in classes.')
LiteralString = _plain_form('LiteralString', 'Represents an arbitrary literal string.')
TypeAlias = _plain_form('TypeAlias', 'Special marker indicating an explicit type alias.')


def _one_param_form(name):
    """A special form that wraps exactly one type: ClassVar[int], Final[int], ..."""
    def getitem(self, parameters):
        if isinstance(parameters, tuple) and len(parameters) != 1:
            raise TypeError(f'{self} accepts only single type.')
        if isinstance(parameters, tuple):
            parameters = parameters[0]
        return _GenericAlias(self, (_type_convert(parameters),), name=name)
    getitem.__name__ = name
    return _SpecialForm(getitem)


ClassVar = _one_param_form('ClassVar')
Final = _one_param_form('Final')
Required = _one_param_form('Required')
NotRequired = _one_param_form('NotRequired')
TypeGuard = _one_param_form('TypeGuard')
Unpack = _one_param_form('Unpack')


@_SpecialForm
def Union(self, parameters):
    """Union[X, Y] means either X or Y."""
    if parameters == ():
        raise TypeError('Cannot take a Union of no types.')
    args = []
    for p in _as_tuple(parameters):
        p = _type_convert(p)
        if isinstance(p, _UnionGenericAlias):
            args.extend(p.__args__)
        else:
            args.append(p)
    args = _dedupe(args)
    if len(args) == 1:
        return args[0]
    return _UnionGenericAlias(self, tuple(args), name='Union')


@_SpecialForm
def Optional(self, parameters):
    """Optional[X] is Union[X, None]."""
    if isinstance(parameters, tuple):
        raise TypeError(f'{self} requires a single type.')
    return Union[parameters, None]


@_SpecialForm
def Literal(self, parameters):
    """Literal[1, 'a']: exactly these values."""
    args = _dedupe(_as_tuple(parameters))
    return _LiteralGenericAlias(self, tuple(args), name='Literal')


@_SpecialForm
def Concatenate(self, parameters):
    """Concatenate[int, P] in a Callable's parameter list."""
    if parameters == ():
        raise TypeError('Cannot take a Concatenate of no types.')
    args = tuple(_type_convert(p) for p in _as_tuple(parameters))
    return _GenericAlias(self, args, name='Concatenate')


# --- generic aliases -----------------------------------------------------------

def _is_class_creation(args):
    return (len(args) == 3 and isinstance(args[0], str) and isinstance(args[1], tuple)
            and isinstance(args[2], dict))


def _build_class(name, bases, namespace, **kwargs):
    """Create a class whose bases include aliases (what __mro_entries__ does)."""
    new_bases = []
    for base in bases:
        if isinstance(base, _BaseGenericAlias):
            new_bases.extend(base.__mro_entries__(bases))
        else:
            new_bases.append(base)
    namespace = dict(namespace)
    namespace['__orig_bases__'] = bases
    meta = type
    for base in new_bases:
        base_meta = type(base)
        if issubclass(base_meta, meta):
            meta = base_meta
        elif not issubclass(meta, base_meta):
            raise TypeError('metaclass conflict: the metaclass of a derived class must be '
                            'a (non-strict) subclass of the metaclasses of all its bases')
    return meta(name, tuple(new_bases), namespace, **kwargs)


class _BaseGenericAlias:
    """What List, List[int], Stack[int] ... have in common."""

    def __new__(cls, *args, **kwargs):
        if _is_class_creation(args):
            return _build_class(*args, **kwargs)
        return object.__new__(cls)

    def __init__(self, origin, *, inst=True, name=None):
        self.__origin__ = origin
        self._inst = inst
        self._name = name
        self.__name__ = name or getattr(origin, '__name__', None)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f'Type {self._name} cannot be instantiated; '
                            f'use {self.__origin__.__name__}() instead')
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        if not self._name:
            # A user generic such as Stack[int] stands for Stack itself.
            return (self.__origin__,)
        entries = []
        if self.__origin__ not in bases:
            entries.append(self.__origin__)
        index = bases.index(self)
        for later in bases[index + 1:]:
            if isinstance(later, _BaseGenericAlias) or (
                    isinstance(later, type) and issubclass(later, Generic)):
                break
        else:
            entries.append(Generic)
        return tuple(entries)

    def __getattr__(self, attr):
        # Attributes such as class methods come from the origin (not dunders).
        if attr.startswith('__') and attr.endswith('__') or attr in ('_name', '_inst'):
            raise AttributeError(attr)
        if '__origin__' not in self.__dict__:
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _GenericAlias(_BaseGenericAlias):
    """A subscripted generic: List[int], Dict[str, T], Stack[int], Final[int]."""

    def __init__(self, origin, args, *, inst=True, name=None):
        super().__init__(origin, inst=inst, name=name)
        self.__args__ = tuple(args)
        self.__parameters__ = _collect_parameters(self.__args__)

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def _args_repr(self):
        if not self.__args__:
            return '()'
        return ', '.join(_type_repr(a) for a in self.__args__)

    def __repr__(self):
        if self._name:
            head = 'typing.' + self._name
        else:
            head = _type_repr(self.__origin__)
        return f'{head}[{self._args_repr()}]'

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, inst=self._inst, name=self._name)

    def __getitem__(self, args):
        """Substitute type variables: Dict[str, T][int] is Dict[str, int]."""
        params = self.__parameters__
        if not params:
            raise TypeError(f'{self} is not a generic class')
        args = tuple(_type_convert(a) for a in _as_tuple(args))
        _check_arg_count(self, args, len(params))
        mapping = dict(zip(params, args))
        return self.copy_with(tuple(_substitute(a, mapping) for a in self.__args__))


def _substitute(arg, mapping):
    if _is_typevar_like(arg):
        return mapping.get(arg, arg)
    if isinstance(arg, list):
        return [_substitute(a, mapping) for a in arg]
    params = getattr(arg, '__parameters__', ())
    if params and isinstance(arg, _GenericAlias):
        return arg[tuple(mapping.get(p, p) for p in params)]
    return arg


class _UnionGenericAlias(_GenericAlias):
    """Union[X, Y]; prints as typing.Optional[X] when one member is None."""

    def copy_with(self, args):
        return Union[args]

    def __eq__(self, other):
        if not isinstance(other, _UnionGenericAlias):
            return NotImplemented
        return _same_members(self.__args__, other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is _NoneType:
                return f'typing.Optional[{_type_repr(args[1])}]'
            if args[1] is _NoneType:
                return f'typing.Optional[{_type_repr(args[0])}]'
        return super().__repr__()


class _LiteralGenericAlias(_GenericAlias):
    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return _same_members(self.__args__, other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


class _CallableGenericAlias(_GenericAlias):
    """Callable[[int, str], bool]: __args__ is (int, str, bool)."""

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return f'typing.Callable[..., {_type_repr(args[1])}]'
        params = ', '.join(_type_repr(a) for a in args[:-1])
        return f'typing.Callable[[{params}], {_type_repr(args[-1])}]'


class _AnnotatedAlias(_GenericAlias):
    """Annotated[int, 'meta']: origin is int, metadata kept in __metadata__."""

    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        super().__init__(origin, (origin,))
        self.__metadata__ = metadata

    def copy_with(self, args):
        return _AnnotatedAlias(args[0], self.__metadata__)

    def __repr__(self):
        meta = ', '.join(repr(m) for m in self.__metadata__)
        return f'typing.Annotated[{_type_repr(self.__origin__)}, {meta}]'

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class _SpecialGenericAlias(_BaseGenericAlias):
    """An unsubscripted typing alias of a real class: List, Dict, Iterable ..."""

    def __init__(self, origin, nparams, *, inst=True, name=None):
        super().__init__(origin, inst=inst, name=name or origin.__name__)
        self._nparams = nparams

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        params = tuple(_type_convert(p) for p in _as_tuple(params))
        _check_arg_count(self, params, self._nparams)
        return _GenericAlias(self.__origin__, params, inst=self._inst, name=self._name)


class _TupleSpecialAlias(_SpecialGenericAlias):
    """Tuple: Tuple[int, str], Tuple[int, ...], Tuple[()]."""

    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), inst=False, name='Tuple')
        params = tuple(_type_convert(p) for p in _as_tuple(params))
        if len(params) == 2 and params[1] is ...:
            return _GenericAlias(tuple, params, inst=False, name='Tuple')
        return _GenericAlias(tuple, params, inst=False, name='Tuple')


class _CallableSpecialAlias(_SpecialGenericAlias):
    """Callable: Callable[[int], str], Callable[..., str]."""

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        args, result = params
        if args is ...:
            flat = (..., _type_convert(result))
        elif isinstance(args, (list, tuple)):
            flat = tuple(_type_convert(a) for a in args) + (_type_convert(result),)
        else:
            flat = (_type_convert(args), _type_convert(result))
        return _CallableGenericAlias(self.__origin__, flat, name='Callable')


def _abc_class(name, module='collections.abc'):
    """A stand-in for a collections.abc class (used only as an alias origin)."""
    return type(name, (), {'__module__': module, '__qualname__': name})


Hashable = _SpecialGenericAlias(_abc_class('Hashable'), 0)
Sized = _SpecialGenericAlias(_abc_class('Sized'), 0)
Awaitable = _SpecialGenericAlias(_abc_class('Awaitable'), 1)
Coroutine = _SpecialGenericAlias(_abc_class('Coroutine'), 3)
AsyncIterable = _SpecialGenericAlias(_abc_class('AsyncIterable'), 1)
AsyncIterator = _SpecialGenericAlias(_abc_class('AsyncIterator'), 1)
AsyncGenerator = _SpecialGenericAlias(_abc_class('AsyncGenerator'), 2)
Iterable = _SpecialGenericAlias(_abc_class('Iterable'), 1)
Iterator = _SpecialGenericAlias(_abc_class('Iterator'), 1)
Generator = _SpecialGenericAlias(_abc_class('Generator'), 3)
Reversible = _SpecialGenericAlias(_abc_class('Reversible'), 1)
Container = _SpecialGenericAlias(_abc_class('Container'), 1)
Collection = _SpecialGenericAlias(_abc_class('Collection'), 1)
Callable = _CallableSpecialAlias(_abc_class('Callable'), 2)
AbstractSet = _SpecialGenericAlias(_abc_class('Set'), 1, name='AbstractSet')
MutableSet = _SpecialGenericAlias(_abc_class('MutableSet'), 1)
Mapping = _SpecialGenericAlias(_abc_class('Mapping'), 2)
MutableMapping = _SpecialGenericAlias(_abc_class('MutableMapping'), 2)
Sequence = _SpecialGenericAlias(_abc_class('Sequence'), 1)
MutableSequence = _SpecialGenericAlias(_abc_class('MutableSequence'), 1)
ByteString = _SpecialGenericAlias(_abc_class('ByteString'), 0)
MappingView = _SpecialGenericAlias(_abc_class('MappingView'), 1)
KeysView = _SpecialGenericAlias(_abc_class('KeysView'), 1)
ItemsView = _SpecialGenericAlias(_abc_class('ItemsView'), 2)
ValuesView = _SpecialGenericAlias(_abc_class('ValuesView'), 1)
ContextManager = _SpecialGenericAlias(_abc_class('AbstractContextManager', 'contextlib'), 1,
                                      name='ContextManager')
AsyncContextManager = _SpecialGenericAlias(
    _abc_class('AbstractAsyncContextManager', 'contextlib'), 1, name='AsyncContextManager')

Tuple = _TupleSpecialAlias(tuple, -1, inst=False, name='Tuple')
List = _SpecialGenericAlias(list, 1, inst=False, name='List')
Dict = _SpecialGenericAlias(dict, 2, inst=False, name='Dict')
Set = _SpecialGenericAlias(set, 1, inst=False, name='Set')
FrozenSet = _SpecialGenericAlias(frozenset, 1, inst=False, name='FrozenSet')
Type = _SpecialGenericAlias(type, 1, inst=False, name='Type')
Deque = _SpecialGenericAlias(collections.deque, 1, name='Deque')
DefaultDict = _SpecialGenericAlias(collections.defaultdict, 2, name='DefaultDict')
OrderedDict = _SpecialGenericAlias(collections.OrderedDict, 2, name='OrderedDict')
Counter = _SpecialGenericAlias(collections.Counter, 1, name='Counter')
ChainMap = _SpecialGenericAlias(getattr(collections, 'ChainMap', None)
                                or _abc_class('ChainMap', 'collections'), 2, name='ChainMap')
Pattern = _SpecialGenericAlias(_abc_class('Pattern', 're'), 1, name='Pattern')
Match = _SpecialGenericAlias(_abc_class('Match', 're'), 1, name='Match')

Text = str


class Annotated:
    """Annotated[T, x, ...]: the type T with extra metadata."""

    def __new__(cls, *args, **kwargs):
        raise TypeError('Type Annotated cannot be instantiated.')

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError('Annotated[...] should be used with at least two arguments '
                            '(a type and an annotation).')
        return _AnnotatedAlias(_type_convert(params[0]), tuple(params[1:]))


# --- Generic and Protocol -------------------------------------------------------

_marker_cache = {}


def _marker(cls, params):
    """Generic[T] / Protocol[T] as a base: a cached subclass remembering params."""
    params = tuple(_type_convert(p) for p in _as_tuple(params))
    if not params:
        raise TypeError(f'Parameter list to {cls.__qualname__}[...] cannot be empty')
    for p in params:
        if not _is_typevar_like(p):
            raise TypeError(f'Parameters to {cls.__name__}[...] must all be type variables '
                            f'or parameter specification variables.')
    if len(set(params)) != len(params):
        raise TypeError(f'Parameters to {cls.__name__}[...] must all be unique')
    key = (cls, params)
    if key not in _marker_cache:
        _marker_cache[key] = type(cls.__name__, (cls,), {
            '__module__': 'typing', '__qualname__': cls.__qualname__,
            '_typing_marker': params})
    return _marker_cache[key]


def _marker_params(cls):
    return cls.__dict__.get('_typing_marker') if isinstance(cls, type) else None


class Generic:
    """Base class for generic classes: ``class Stack(Generic[T]): ...``."""

    _is_protocol = False

    def __class_getitem__(cls, params):
        if cls is Generic or cls is Protocol:
            return _marker(cls, params)
        if _marker_params(cls) is not None:
            raise TypeError(f'Cannot subscript already-subscripted {cls.__name__}')
        params = tuple(_type_convert(p) for p in _as_tuple(params))
        expected = cls.__dict__.get('__parameters__', ())
        if not expected:
            raise TypeError(f'{cls} is not a generic class')
        _check_arg_count(cls, params, len(expected))
        return _GenericAlias(cls, params)

    @classmethod  # explicit: gilpy's super() doesn't bind the implicit classmethod
    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if _marker_params(cls) is not None:
            return
        if '__orig_bases__' not in cls.__dict__:
            cls.__orig_bases__ = cls.__bases__
        declared = None
        found = []
        for base in cls.__orig_bases__:
            params = _marker_params(base)
            if params is not None and base.__bases__[0] is Generic:
                declared = params
            elif params is not None:
                found.extend(p for p in params if p not in found)
            elif isinstance(base, _GenericAlias):
                found.extend(p for p in base.__parameters__ if p not in found)
        if declared is not None:
            missing = [p for p in found if p not in declared]
            if missing:
                names = ', '.join(str(p) for p in missing)
                raise TypeError(f'Some type variables ({names}) are not listed in Generic[...]')
            found = list(declared)
        cls.__parameters__ = tuple(found)


class Protocol(Generic):
    """Base class for structural types.  isinstance() is nominal here."""

    _is_protocol = True

    @classmethod  # explicit: gilpy's super() doesn't bind the implicit classmethod
    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if _marker_params(cls) is not None:
            return
        if '_is_protocol' not in cls.__dict__:
            cls._is_protocol = any(b is Protocol or (_marker_params(b) is not None and
                                                     issubclass(b, Protocol))
                                   for b in cls.__bases__)


def runtime_checkable(cls):
    """Mark a protocol class as usable with isinstance (a marker only here)."""
    if not (isinstance(cls, type) and issubclass(cls, Generic) and cls._is_protocol):
        raise TypeError('@runtime_checkable can be only applied to protocol classes, '
                        f'got {cls!r}')
    cls._is_runtime_protocol = True
    return cls


def _protocol(name, method):
    def check(self):
        pass
    return type(name, (Protocol,), {'__module__': 'typing', method: check})


SupportsInt = _protocol('SupportsInt', '__int__')
SupportsFloat = _protocol('SupportsFloat', '__float__')
SupportsComplex = _protocol('SupportsComplex', '__complex__')
SupportsBytes = _protocol('SupportsBytes', '__bytes__')
SupportsIndex = _protocol('SupportsIndex', '__index__')
SupportsAbs = _protocol('SupportsAbs', '__abs__')
SupportsRound = _protocol('SupportsRound', '__round__')

AnyStr = TypeVar('AnyStr', bytes, str)


class IO(Generic[AnyStr]):
    """The generic type of file objects (IO[str], IO[bytes])."""
    mode = name = closed = None


class BinaryIO(IO[bytes]):
    """Typed version of the return of open() in binary mode."""


class TextIO(IO[str]):
    """Typed version of the return of open() in text mode."""


# --- introspection ---------------------------------------------------------------

def get_origin(tp):
    """The unsubscripted version of a type: get_origin(List[int]) is list."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, _BaseGenericAlias):
        return tp.__origin__
    if tp is Generic or _marker_params(tp) is not None:
        return Generic
    return None


def get_args(tp):
    """The arguments of a subscripted type: get_args(Dict[str, int]) is (str, int)."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _CallableGenericAlias):
        args = tp.__args__
        if args[0] is ...:
            return args
        return (list(args[:-1]), args[-1])
    if isinstance(tp, _GenericAlias):
        return tp.__args__
    params = _marker_params(tp)
    if params is not None:
        return params
    return ()


def _eval_type(t, globalns, localns):
    """Resolve forward references in t, also inside subscripted aliases."""
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns)
    if isinstance(t, _GenericAlias):
        args = tuple(_eval_type(a, globalns, localns) for a in t.__args__)
        if args != t.__args__:
            return t.copy_with(args)
    return t


def _strip_extras(t):
    """Annotated[X, m] -> X, Required[X] -> X (also nested)."""
    if isinstance(t, _AnnotatedAlias):
        return _strip_extras(t.__origin__)
    if isinstance(t, _GenericAlias) and t.__origin__ in (Required, NotRequired):
        return _strip_extras(t.__args__[0])
    if isinstance(t, _GenericAlias):
        args = tuple(_strip_extras(a) for a in t.__args__)
        if args != t.__args__:
            return t.copy_with(args)
    return t


def _resolve(value, globalns, localns):
    if value is None:
        return _NoneType
    if isinstance(value, str):
        value = ForwardRef(value)
    return _eval_type(value, globalns, localns)


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """obj's annotations with strings evaluated (merged over the MRO for a class)."""
    if getattr(obj, '__no_type_check__', None):
        return {}
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            annotations = base.__dict__.get('__annotations__', {})
            if globalns is None:
                module = sys.modules.get(base.__module__)
                base_globals = getattr(module, '__dict__', {})
            else:
                base_globals = globalns
            base_locals = dict(vars(base)) if localns is None else localns
            for name, value in annotations.items():
                hints[name] = _resolve(value, base_globals, base_locals)
    else:
        annotations = getattr(obj, '__annotations__', None)
        if annotations is None:
            raise TypeError(f'{obj!r} is not a module, class, method, or function.')
        if globalns is None:
            if hasattr(obj, '__globals__'):
                inner = obj
                while hasattr(inner, '__wrapped__'):
                    inner = inner.__wrapped__
                globalns = getattr(inner, '__globals__', {})
            else:
                globalns = getattr(obj, '__dict__', {})
        if localns is None:
            localns = globalns
        for name, value in annotations.items():
            hints[name] = _resolve(value, globalns, localns)
    if not include_extras:
        hints = {k: _strip_extras(v) for k, v in hints.items()}
    return hints


# --- small functions and decorators -------------------------------------------------

def cast(typ, val):
    """Tell a type checker that val has type typ; returns val unchanged."""
    return val


def assert_type(val, typ):
    return val


def assert_never(arg):
    """For code that should be unreachable: always raises AssertionError."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f'Expected code to be unreachable, but got: {value}')


def reveal_type(obj):
    """Print the run-time type of obj to stderr and return obj."""
    print(f'Runtime type is {type(obj).__name__!r}', file=sys.stderr)
    return obj


_overload_registry = {}


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        'You should not call an overloaded function. '
        'A series of @overload-decorated functions '
        'outside a stub module should always be followed '
        'by an implementation that is not @overload-ed.')


def overload(func):
    """Declare one signature of an overloaded function."""
    key = (getattr(func, '__module__', None), getattr(func, '__qualname__', None))
    _overload_registry.setdefault(key, []).append(func)
    return _overload_dummy


def get_overloads(func):
    key = (getattr(func, '__module__', None), getattr(func, '__qualname__', None))
    return list(_overload_registry.get(key, []))


def clear_overloads():
    _overload_registry.clear()


def final(f):
    """Mark a method or class as final (sets __final__ when possible)."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    """Mark a function or class as not to be type-checked."""
    try:
        arg.__no_type_check__ = True
    except (AttributeError, TypeError):
        pass
    return arg


def no_type_check_decorator(decorator):
    def wrapped(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))
    return wrapped


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            'eq_default': eq_default, 'order_default': order_default,
            'kw_only_default': kw_only_default, 'field_specifiers': field_specifiers,
            'kwargs': kwargs}
        return cls_or_fn
    return decorator


class NewType:
    """UserId = NewType('UserId', int): calling UserId(5) returns 5."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name.rpartition('.')[2]
        self.__supertype__ = tp
        module = _caller_module()
        if module != 'typing':
            self.__module__ = module

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# --- NamedTuple and TypedDict ---------------------------------------------------------

_NAMEDTUPLE_PROHIBITED = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__',
                                    '_fields', '_field_defaults', '_make', '_replace',
                                    '_asdict', '_source'})
_NAMEDTUPLE_SPECIAL = frozenset({'__module__', '__name__', '__annotations__', '__qualname__',
                                 '__orig_bases__', '__classcell__', '_root'})


def _make_namedtuple(name, fields, module, defaults=()):
    fields = [(n, _type_convert(t)) for n, t in fields]
    nt = collections.namedtuple(name, [n for n, _ in fields], defaults=defaults,
                                module=module)
    nt.__annotations__ = dict(fields)
    return nt


class NamedTupleMeta(type):
    """Turns ``class P(NamedTuple): x: int`` into a collections.namedtuple class."""

    def __new__(mcls, typename, bases, ns, **kwargs):
        if ns.get('_root'):
            return super().__new__(mcls, typename, bases, ns)
        annotations = ns.get('__annotations__', {})
        defaults = []
        default_names = []
        for field in annotations:
            if field in ns:
                defaults.append(ns[field])
                default_names.append(field)
            elif defaults:
                s = 's' if len(defaults) > 1 else ''
                raise TypeError(f'Non-default namedtuple field {field} cannot follow '
                                f'default field{s} {", ".join(default_names)}')
        nt = _make_namedtuple(typename, annotations.items(), ns.get('__module__', '__main__'),
                              defaults)
        for key, value in ns.items():
            if key in _NAMEDTUPLE_PROHIBITED:
                raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
            if key not in _NAMEDTUPLE_SPECIAL and key not in nt._fields:
                setattr(nt, key, value)
                set_name = getattr(type(value), '__set_name__', None)
                if set_name is not None:
                    set_name(value, nt, key)
        return nt

    def __call__(cls, typename, fields=None, /, **kwargs):
        """The functional form: NamedTuple('P', [('x', int), ('y', int)])."""
        if fields is None:
            fields = kwargs.items()
        elif kwargs:
            raise TypeError('Either list of fields or keywords can be provided to '
                            'NamedTuple, not both')
        return _make_namedtuple(typename, fields, _caller_module())


class NamedTuple(metaclass=NamedTupleMeta):
    """Typed version of collections.namedtuple (class syntax or functional)."""
    _root = True


class _TypedDictMeta(type):
    """Class syntax for TypedDict; instances are plain dicts."""

    def __new__(mcls, name, bases, ns, total=True):
        if ns.get('_root'):
            return super().__new__(mcls, name, bases, ns)
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type '
                                'and a non-TypedDict base class')
        tp = super().__new__(mcls, name, (dict,), ns)
        own = {k: _type_convert(v) for k, v in ns.get('__annotations__', {}).items()}
        annotations = {}
        required = set()
        optional = set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required.update(base.__dict__.get('__required_keys__', ()))
            optional.update(base.__dict__.get('__optional_keys__', ()))
        annotations.update(own)
        for key, value in own.items():
            origin = get_origin(value)
            if origin is Required:
                is_required = True
            elif origin is NotRequired:
                is_required = False
            else:
                is_required = total
            if is_required:
                required.add(key)
                optional.discard(key)
            else:
                optional.add(key)
                required.discard(key)
        tp.__annotations__ = annotations
        tp.__required_keys__ = frozenset(required)
        tp.__optional_keys__ = frozenset(optional)
        tp.__total__ = total
        return tp

    def __call__(cls, *args, **kwargs):
        if cls is TypedDict:
            return _typeddict_functional(*args, **kwargs)
        return dict(*args, **kwargs)


def _typeddict_functional(typename, fields=None, /, *, total=True, **kwargs):
    """TypedDict('Movie', {'title': str, 'year': int}, total=False)."""
    if fields is None:
        fields = kwargs
    ns = {'__annotations__': dict(fields), '__module__': _caller_module(3)}
    return _TypedDictMeta(typename, (), ns, total=total)


class TypedDict(metaclass=_TypedDictMeta):
    """A dict with a fixed set of typed keys: ``class Movie(TypedDict): title: str``."""
    _root = True


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta) and tp is not TypedDict
