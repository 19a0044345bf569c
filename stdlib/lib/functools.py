"""Higher-order functions: reduce, partial, wraps/update_wrapper, lru_cache/cache,
cmp_to_key and total_ordering, written in Python."""

__all__ = ['reduce', 'partial', 'wraps', 'update_wrapper', 'lru_cache', 'cache',
           'cmp_to_key', 'total_ordering', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES']

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
