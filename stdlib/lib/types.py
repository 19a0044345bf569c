"""Names for the types of built-in objects, plus helpers for creating
classes dynamically.

The type objects here are the ones the interpreter itself uses (obtained by
looking at sample objects); `SimpleNamespace`, `MappingProxyType`,
`MethodType` and `DynamicClassAttribute` are provided in Python.
"""

# gilpy: written for gilpy from the documented behaviour of the module.

import sys as _sys

__all__ = ['FunctionType', 'LambdaType', 'CodeType', 'MappingProxyType',
           'SimpleNamespace', 'GeneratorType', 'MethodType',
           'BuiltinFunctionType', 'BuiltinMethodType', 'ModuleType',
           'NoneType', 'EllipsisType', 'NotImplementedType', 'GenericAlias',
           'UnionType', 'WrapperDescriptorType', 'MethodWrapperType',
           'MethodDescriptorType', 'new_class', 'prepare_class',
           'resolve_bases', 'DynamicClassAttribute', 'coroutine']


# --- types found by inspecting sample objects -------------------------------

def _sample_function():
    return None


def _sample_generator():
    yield None


class _Sample:
    def method(self):
        return None


FunctionType = type(_sample_function)
LambdaType = type(lambda: None)
CodeType = type(_sample_function.__code__)
GeneratorType = type(_sample_generator())
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(_sys)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
GenericAlias = type(list[int])
UnionType = type(int | str)

_NativeMethod = type(_Sample().method)


# --- bound methods ------------------------------------------------------------

class _MethodMeta(type):
    def __instancecheck__(cls, obj):
        return (type(obj) is _NativeMethod
                or type.__instancecheck__(cls, obj))


class MethodType(metaclass=_MethodMeta):
    """A function bound to an object: calling it passes the object first."""

    def __init__(self, function, instance):
        if not callable(function):
            raise TypeError("first argument must be callable")
        if instance is None:
            raise TypeError("instance must not be None")
        object.__setattr__(self, '__func__', function)
        object.__setattr__(self, '__self__', instance)

    def __call__(self, *args, **kwargs):
        return self.__func__(self.__self__, *args, **kwargs)

    def __get__(self, obj, objtype=None):
        return self

    def __eq__(self, other):
        if not isinstance(other, MethodType) or type(other) is _NativeMethod:
            return NotImplemented
        return self.__func__ == other.__func__ and self.__self__ is other.__self__

    def __hash__(self):
        return hash((id(self.__self__), self.__func__))

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__') and name not in (
                '__name__', '__qualname__', '__doc__', '__module__',
                '__wrapped__'):
            raise AttributeError("'method' object has no attribute '%s'"
                                 % name)
        return getattr(object.__getattribute__(self, '__func__'), name)

    def __repr__(self):
        func = self.__func__
        label = getattr(func, '__qualname__', None)
        if label is None:
            label = getattr(func, '__name__', '?')
        return '<bound method %s of %r>' % (label, self.__self__)


# --- attribute-bag namespace --------------------------------------------------

_repr_active = set()


class SimpleNamespace:
    """An object whose attributes are set from keyword arguments."""

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __repr__(self):
        label = ('namespace' if type(self) is SimpleNamespace
                 else type(self).__name__)
        key = id(self)
        if key in _repr_active:
            return label + '(...)'
        _repr_active.add(key)
        try:
            body = ', '.join('%s=%r' % item for item in self.__dict__.items())
        finally:
            _repr_active.discard(key)
        return '%s(%s)' % (label, body)

    def __eq__(self, other):
        if (isinstance(self, SimpleNamespace)
                and isinstance(other, SimpleNamespace)):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return (type(self), (), dict(self.__dict__))


# --- read-only view of a mapping ---------------------------------------------

class mappingproxy:
    """Read-only view of a mapping; changes to the mapping show through."""

    __slots__ = ('_target',)

    def __init__(self, mapping):
        looks_like_mapping = (hasattr(type(mapping), '__getitem__')
                              and not isinstance(mapping, (list, tuple)))
        if not looks_like_mapping:
            raise TypeError("mappingproxy() argument must be a mapping, not %s"
                            % type(mapping).__name__)
        object.__setattr__(self, '_target', mapping)

    def __getitem__(self, key):
        return self._target[key]

    def __contains__(self, key):
        return key in self._target

    def __iter__(self):
        return iter(self._target)

    def __reversed__(self):
        return reversed(self._target)

    def __len__(self):
        return len(self._target)

    def get(self, key, default=None):
        return self._target.get(key, default)

    def keys(self):
        return self._target.keys()

    def values(self):
        return self._target.values()

    def items(self):
        return self._target.items()

    def copy(self):
        return self._target.copy()

    def __eq__(self, other):
        if isinstance(other, MappingProxyType):
            other = other._target
        return self._target == other

    def __ne__(self, other):
        return not self == other

    def __or__(self, other):
        if isinstance(other, MappingProxyType):
            other = other._target
        return self._target | other

    def __ror__(self, other):
        return other | self._target

    def __ior__(self, other):
        raise TypeError("'|=' is not supported by mappingproxy; use '|' "
                        "instead")

    def __setitem__(self, key, value):
        raise TypeError("'mappingproxy' object does not support item "
                        "assignment")

    def __delitem__(self, key):
        raise TypeError("'mappingproxy' object does not support item "
                        "deletion")

    def __setattr__(self, name, value):
        raise AttributeError("'mappingproxy' object has no attribute '%s'"
                             % name)

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._target,)

    def __str__(self):
        return str(self._target)


MappingProxyType = mappingproxy
del mappingproxy


# --- building classes dynamically ---------------------------------------------

def resolve_bases(bases):
    """Replace non-class bases that define __mro_entries__ (PEP 560)."""
    result = []
    changed = False
    for entry in bases:
        if isinstance(entry, type) or not hasattr(entry, '__mro_entries__'):
            result.append(entry)
            continue
        replacement = entry.__mro_entries__(bases)
        if not isinstance(replacement, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        result.extend(replacement)
        changed = True
    if not changed:
        return bases
    return tuple(result)


def _winning_metaclass(meta, bases):
    """The most derived of `meta` and the metaclasses of `bases`."""
    best = meta
    for base in bases:
        candidate = type(base)
        if issubclass(best, candidate):
            continue
        if issubclass(candidate, best):
            best = candidate
            continue
        raise TypeError("metaclass conflict: the metaclass of a derived "
                        "class must be a (non-strict) subclass of the "
                        "metaclasses of all its bases")
    return best


def prepare_class(name, bases=(), kwds=None):
    """Return (metaclass, namespace, remaining keywords) for a new class."""
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    elif bases:
        meta = type(bases[0])
    else:
        meta = type
    if isinstance(meta, type):
        meta = _winning_metaclass(meta, bases)
    prepare = getattr(meta, '__prepare__', None)
    namespace = prepare(name, bases, **kwds) if prepare is not None else {}
    return meta, namespace, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class the way a class statement would."""
    actual = resolve_bases(bases)
    meta, namespace, kwds = prepare_class(name, actual, kwds)
    if exec_body is not None:
        exec_body(namespace)
    if actual is not bases:
        namespace['__orig_bases__'] = bases
    return meta(name, actual, namespace, **kwds)


# --- descriptors and decorators -----------------------------------------------

class DynamicClassAttribute:
    """Property-like descriptor that behaves differently on the class.

    Accessed through an instance it calls the getter; accessed through the
    class it raises AttributeError so that the class's __getattr__ is used.
    """

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        if doc is None and fget is not None:
            doc = getattr(fget, '__doc__', None)
        self.__doc__ = doc
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(
            getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def _copy_with(self, **changes):
        parts = dict(fget=self.fget, fset=self.fset, fdel=self.fdel,
                     doc=None if self.overwrite_doc else self.__doc__)
        parts.update(changes)
        return type(self)(**parts)

    def getter(self, fget):
        clone = self._copy_with(fget=fget)
        return clone

    def setter(self, fset):
        return self._copy_with(fset=fset)

    def deleter(self, fdel):
        return self._copy_with(fdel=fdel)


def coroutine(func):
    """Mark a generator function as a coroutine (no-op in gilpy)."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    return func
