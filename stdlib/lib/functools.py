"""Higher-order functions: reduce, partial, wraps/update_wrapper, lru_cache/cache,
cmp_to_key and total_ordering, written in Python."""

__all__ = ['reduce', 'partial', 'wraps', 'update_wrapper', 'lru_cache', 'cache',
           'cmp_to_key', 'total_ordering', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'partialmethod', 'cached_property', 'singledispatch', 'singledispatchmethod']

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')
WRAPPER_UPDATES = ('__dict__',)

_initial_missing = object()


def reduce(function, sequence, initial=_initial_missing):
    it = iter(sequence)
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


class partial:
    """A callable with some arguments of `func` fixed."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        args = [repr(self.func)]
        args.extend(repr(x) for x in self.args)
        args.extend(f"{k}={v!r}" for (k, v) in self.keywords.items())
        return f"functools.partial({', '.join(args)})"


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        try:
            getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
        except AttributeError:
            pass
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    def decorator(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorator


class _CacheInfo(tuple):
    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))

    hits = property(lambda self: self[0])
    misses = property(lambda self: self[1])
    maxsize = property(lambda self: self[2])
    currsize = property(lambda self: self[3])

    def __repr__(self):
        return "CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)" % tuple(self)


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key += (_kwd_mark,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    return key


_kwd_mark = ("<kwd_mark>",)


def lru_cache(maxsize=128, typed=False):
    """Memoize a function, keeping the `maxsize` most recently used results."""
    if callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        return _lru_cache_wrapper(user_function, maxsize, typed)
    if maxsize is not None and maxsize < 0:
        maxsize = 0

    def decorating_function(user_function):
        return _lru_cache_wrapper(user_function, maxsize, typed)
    return decorating_function


def _lru_cache_wrapper(user_function, maxsize, typed):
    cache = {}
    stats = [0, 0]

    def wrapper(*args, **kwds):
        key = _make_key(args, kwds, typed)
        if key in cache:
            stats[0] += 1
            result = cache.pop(key)
            cache[key] = result
            return result
        stats[1] += 1
        result = user_function(*args, **kwds)
        if maxsize != 0:
            cache[key] = result
            if maxsize is not None and len(cache) > maxsize:
                del cache[next(iter(cache))]
        return result

    def cache_info():
        return _CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        cache.clear()
        stats[0] = stats[1] = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    return update_wrapper(wrapper, user_function)


def cache(user_function):
    """An unbounded lru_cache."""
    return lru_cache(maxsize=None)(user_function)


def cmp_to_key(mycmp):
    """Turn an old-style comparison function into a sort key."""
    class K:
        __slots__ = ['obj']

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None
    return K


def total_ordering(cls):
    """Fill in the missing rich comparisons from __eq__ and one of __lt__, __le__,
    __gt__, __ge__."""
    def defined(name):
        return getattr(cls, name, None) is not getattr(object, name, None)

    if defined('__lt__'):
        derived = {
            '__gt__': lambda self, other: _not_and_not(self.__lt__(other), self == other),
            '__le__': lambda self, other: _or(self.__lt__(other), self == other),
            '__ge__': lambda self, other: _not(self.__lt__(other)),
        }
    elif defined('__le__'):
        derived = {
            '__ge__': lambda self, other: _not_or(self.__le__(other), self == other),
            '__lt__': lambda self, other: _and_not(self.__le__(other), self == other),
            '__gt__': lambda self, other: _not(self.__le__(other)),
        }
    elif defined('__gt__'):
        derived = {
            '__lt__': lambda self, other: _not_and_not(self.__gt__(other), self == other),
            '__ge__': lambda self, other: _or(self.__gt__(other), self == other),
            '__le__': lambda self, other: _not(self.__gt__(other)),
        }
    elif defined('__ge__'):
        derived = {
            '__le__': lambda self, other: _not_or(self.__ge__(other), self == other),
            '__gt__': lambda self, other: _and_not(self.__ge__(other), self == other),
            '__lt__': lambda self, other: _not(self.__ge__(other)),
        }
    else:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    for name, method in derived.items():
        if not defined(name):
            setattr(cls, name, method)
    return cls


# The derived comparisons pass NotImplemented through unchanged.
def _not(r):
    return r if r is NotImplemented else not r


def _or(r, equal):
    return r if r is NotImplemented else (r or equal)


def _and_not(r, equal):
    return r if r is NotImplemented else (r and not equal)


def _not_or(r, equal):
    return r if r is NotImplemented else (not r or equal)


def _not_and_not(r, equal):
    return r if r is NotImplemented else (not r and not equal)


def _descriptor_bind(attr, instance, owner):
    """Bind `attr` the way attribute lookup on `instance`/`owner` would."""
    getter = getattr(attr, '__get__', None)
    if getter is not None:
        return getter(instance, owner)
    return attr


################################################################################
### partialmethod
################################################################################

class partialmethod:
    """A partial() for methods: a descriptor that, when looked up on an
    instance or class, pre-fills some arguments of the wrapped callable (after
    the implicit self/cls)."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('%r is not callable or a descriptor' % (func,))
        if isinstance(func, partialmethod):
            # Merge nested partialmethods into one level.
            self.func = func.func
            self.args = tuple(func.args) + args
            merged = dict(func.keywords)
            merged.update(keywords)
            self.keywords = merged
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(a) for a in self.args)
        parts.extend('%s=%r' % kv for kv in self.keywords.items())
        cls = type(self)
        return '%s.%s(%s)' % (cls.__module__, cls.__qualname__, ', '.join(parts))

    def _as_function(self):
        # A plain function taking self/cls first, for callables that do not
        # bind themselves (e.g. other partial objects).
        spec = self

        def _method(owner_or_self, /, *args, **keywords):
            kw = dict(spec.keywords)
            kw.update(keywords)
            return spec.func(owner_or_self, *spec.args, *args, **kw)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        bound = None
        getter = getattr(self.func, '__get__', None)
        if getter is not None:
            candidate = getter(obj, cls)
            if candidate is not self.func:
                bound = partial(candidate, *self.args, **self.keywords)
                owner = getattr(candidate, '__self__', _NOT_FOUND)
                if owner is not _NOT_FOUND:
                    try:
                        bound.__self__ = owner
                    except (AttributeError, TypeError):
                        pass
        if bound is None:
            bound = _descriptor_bind(self._as_function(), obj, cls)
        return bound

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


################################################################################
### cached_property
################################################################################

_NOT_FOUND = object()


class cached_property:
    """Turn a method into an attribute computed on first access; the value is
    then stored in the instance __dict__ under the same name, which shadows
    this (non-data) descriptor until it is deleted."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.__module__ = getattr(func, '__module__', None)

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different "
                "names (%r and %r)." % (self.attrname, name))

    def _discover_name(self, owner):
        # Fallback when __set_name__ was never called: look ourselves up in
        # the class namespaces.
        for klass in getattr(owner, '__mro__', (owner,)):
            for key, value in vars(klass).items():
                if value is self:
                    self.attrname = key
                    return key
        raise TypeError("Cannot use cached_property instance without "
                        "calling __set_name__ on it.")

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            name = self._discover_name(owner if owner is not None else type(instance))
        try:
            storage = instance.__dict__
        except AttributeError:
            raise TypeError(
                "No '__dict__' attribute on %r instance to cache %r property."
                % (type(instance).__name__, name)) from None
        value = storage.get(name, _NOT_FOUND)
        if value is _NOT_FOUND:
            value = self.func(instance)
            try:
                storage[name] = value
            except TypeError:
                raise TypeError(
                    "The '__dict__' attribute on %r instance does not support "
                    "item assignment for caching %r property."
                    % (type(instance).__name__, name)) from None
        return value

    def __class_getitem__(cls, item):
        return cls


################################################################################
### singledispatch
################################################################################

def _linearize_with_abcs(cls, candidates):
    """The classes to search for `cls`, most specific first: its MRO, with
    each registered ABC that `cls` implements virtually (without it being in
    the MRO) placed right after the last MRO entry that implements it."""
    mro = list(getattr(cls, '__mro__', (cls, object)))
    extra = {}
    for abc_cls in candidates:
        if abc_cls in mro:
            continue
        try:
            if not issubclass(cls, abc_cls):
                continue
        except TypeError:
            continue
        slot = 0
        for pos, base in enumerate(mro):
            try:
                if issubclass(base, abc_cls):
                    slot = pos
            except TypeError:
                pass
        extra.setdefault(slot, []).append(abc_cls)
    if not extra:
        return mro
    order = []
    for pos, base in enumerate(mro):
        order.append(base)
        group = extra.get(pos)
        if group:
            order.append(group)
    return order


def _pick_implementation(cls, registry):
    for entry in _linearize_with_abcs(cls, list(registry)):
        if isinstance(entry, list):
            # Several ABCs compete for the same slot: the most specific one
            # wins, and unrelated ones make the choice ambiguous.
            best = entry[0]
            for other in entry[1:]:
                if issubclass(other, best):
                    best = other
                elif not issubclass(best, other):
                    raise RuntimeError("Ambiguous dispatch: %s or %s" % (best, other))
            return registry[best]
        if entry in registry:
            return registry[entry]
    return None


def _is_dispatch_type(obj):
    """A class, or a union (int | str, typing.Union[...]) of classes."""
    if isinstance(obj, type):
        return True
    members = getattr(obj, '__args__', None)
    if not members or not all(isinstance(m, type) for m in members):
        return False
    kind = type(obj)
    if kind.__name__ == 'UnionType':
        return True
    return repr(getattr(obj, '__origin__', None)) == 'typing.Union'


def _types_module():
    import types
    return types


def _expand_types(obj):
    if isinstance(obj, type):
        return [obj]
    return list(obj.__args__)


def singledispatch(func):
    """Turn `func` into a generic function dispatching on the class of its
    first positional argument.  Implementations are added with `.register`."""
    impls = {object: func}
    memo = {}
    view = _types_module().MappingProxyType(impls)
    fname = getattr(func, '__name__', 'singledispatch function')

    def dispatch(cls):
        """Return the implementation chosen for class `cls`."""
        found = memo.get(cls)
        if found is None:
            found = impls.get(cls)
            if found is None:
                found = _pick_implementation(cls, impls)
            memo[cls] = found
        return found

    def register(cls, func=None):
        """Register an implementation: `register(cls, func)`, `@register(cls)`,
        or `@register` on a function whose first parameter is annotated."""
        if _is_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError("Invalid first argument to `register()`. "
                                "%r is not a class or union type." % (cls,))
            target = cls
            plain = getattr(target, '__func__', target)
            annotations = getattr(plain, '__annotations__', None)
            if not annotations:
                raise TypeError(
                    "Invalid first argument to `register()`: %r. Use either "
                    "`@register(some_class)` or plain `@register` on an "
                    "annotated function." % (target,))
            from typing import get_type_hints
            hints = [(k, v) for k, v in get_type_hints(plain).items() if k != 'return']
            if not hints:
                hints = [(k, v) for k, v in annotations.items() if k != 'return']
            argname, cls = hints[0]
            if not _is_dispatch_type(cls):
                raise TypeError("Invalid annotation for %r. %r is not a class."
                                % (argname, cls))
            func = target
        for klass in _expand_types(cls):
            impls[klass] = func
        memo.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError('%s requires at least 1 positional argument' % fname)
        return dispatch(args[0].__class__)(*args, **kw)

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = view
    wrapper._clear_cache = memo.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """singledispatch for methods: dispatches on the first argument after
    self/cls.  Works with plain functions, classmethod and staticmethod."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('%r is not callable or a descriptor' % (func,))
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatcher = self.dispatcher

        def _method(*args, **kwargs):
            if not args:
                raise TypeError('%s requires at least 1 positional argument'
                                % getattr(self.func, '__name__', 'singledispatchmethod method'))
            impl = dispatcher.dispatch(args[0].__class__)
            return _descriptor_bind(impl, obj, cls)(*args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)
