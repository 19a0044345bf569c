"""Names for built-in types, SimpleNamespace, MappingProxyType and new_class.

gilpy's bound-method type cannot be called, so MethodType is then a small class whose
instances bind a function to an object (isinstance(obj.method, MethodType) is False for
real bound methods). ModuleType is type(sys); it cannot be called to make a module."""

import sys as _sys

__all__ = ['FunctionType', 'LambdaType', 'CodeType', 'MappingProxyType', 'SimpleNamespace',
           'GeneratorType', 'MethodType', 'BuiltinFunctionType', 'BuiltinMethodType',
           'ModuleType', 'NoneType', 'EllipsisType', 'NotImplementedType', 'new_class',
           'resolve_bases', 'prepare_class', 'DynamicClassAttribute', 'coroutine']


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(getattr(_f, '__code__', None)) if hasattr(_f, '__code__') else None


def _g():
    yield 1


GeneratorType = type(_g())


class _C:
    def _m(self):
        pass


_BoundMethod = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
_Module = type(_sys)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
del _f, _g, _C


def _try_call(tp, *args):
    try:
        return tp(*args)
    except TypeError:
        return None


# MethodType: the real bound-method type when it can be called to bind, else a class
# whose instances bind a function to an object.
if _try_call(_BoundMethod, len, 1) is not None:
    MethodType = _BoundMethod
else:
    class MethodType:
        """Bind func to obj: MethodType(func, obj)(*args) calls func(obj, *args)."""

        __slots__ = ('__func__', '__self__')

        def __init__(self, func, obj):
            if not callable(func):
                raise TypeError('first argument must be callable')
            if obj is None:
                raise TypeError('instance must not be None')
            object.__setattr__(self, '__func__', func)
            object.__setattr__(self, '__self__', obj)

        def __call__(self, *args, **kwargs):
            return self.__func__(self.__self__, *args, **kwargs)

        def __eq__(self, other):
            if not isinstance(other, MethodType):
                return NotImplemented
            return self.__func__ == other.__func__ and self.__self__ is other.__self__

        def __hash__(self):
            return hash((self.__func__, id(self.__self__)))

        def __getattr__(self, name):
            return getattr(self.__func__, name)

        def __repr__(self):
            name = getattr(self.__func__, '__qualname__', '?')
            return f'<bound method {name} of {self.__self__!r}>'

ModuleType = _Module


class SimpleNamespace:
    """A simple attribute-based namespace: SimpleNamespace(**kwargs)."""

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        for key, value in kwargs.items():
            if not isinstance(key, str):
                raise TypeError(f'keywords must be strings, not {type(key).__name__!r}')
            setattr(self, key, value)

    def __repr__(self):
        ident = id(self)
        if ident in _ns_repr_running:
            return f'{type(self).__name__ if type(self) is not SimpleNamespace else "namespace"}(...)'
        _ns_repr_running.add(ident)
        try:
            items = (f'{k}={v!r}' for k, v in self.__dict__.items())
            name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
            return f'{name}({", ".join(items)})'
        finally:
            _ns_repr_running.discard(ident)

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return (type(self), (), dict(self.__dict__))


_ns_repr_running = set()


class MappingProxyType:
    """A read-only view of a mapping."""

    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        if not hasattr(mapping, 'keys') or not hasattr(mapping, '__getitem__') \
                or isinstance(mapping, (list, tuple)):
            raise TypeError(f'mappingproxy() argument must be a mapping, '
                            f'not {type(mapping).__name__}')
        object.__setattr__(self, '_mapping', mapping)

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def __reversed__(self):
        return reversed(self._mapping)

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __eq__(self, other):
        if isinstance(other, MappingProxyType):
            other = other._mapping
        return self._mapping == other

    def __ne__(self, other):
        return not self == other

    def __or__(self, other):
        if isinstance(other, MappingProxyType):
            other = other._mapping
        return dict(self._mapping) | other

    def __ror__(self, other):
        return other | dict(self._mapping)

    def __setattr__(self, name, value):
        raise AttributeError(f"'mappingproxy' object has no attribute '{name}'")

    def __setitem__(self, key, value):
        raise TypeError("'mappingproxy' object does not support item assignment")

    def __delitem__(self, key):
        raise TypeError("'mappingproxy' object does not support item deletion")

    def __str__(self):
        return str(self._mapping)

    def __repr__(self):
        return f'mappingproxy({self._mapping!r})'

    __hash__ = None


MappingProxyType.__name__ = 'mappingproxy'
MappingProxyType.__qualname__ = 'mappingproxy'


def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, "__mro_entries__"):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        else:
            new_bases[i + shift:i + shift + 1] = new_base
            shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def _calculate_meta(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: "
                        "the metaclass of a derived class "
                        "must be a (non-strict) subclass "
                        "of the metaclasses of all its bases")
    return winner


def prepare_class(name, bases=(), kwds=None):
    """Call the __prepare__ method of the appropriate metaclass: returns
    (metaclass, namespace, kwds)."""
    if kwds is None:
        kwds = {}
    else:
        kwds = dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        if bases:
            meta = type(bases[0])
        else:
            meta = type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns['__orig_bases__'] = bases
    ns.setdefault('__qualname__', name)
    cls = meta(name, resolved_bases, ns, **kwds)
    try:
        cls.__qualname__ = name
    except (AttributeError, TypeError):
        pass
    return cls


# (gilpy's property cannot be subclassed: a plain property stands in.)
DynamicClassAttribute = property


def coroutine(func):
    """Mark a generator function as a coroutine (a no-op here)."""
    return func
