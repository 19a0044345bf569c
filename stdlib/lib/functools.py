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


def _bind(method, obj, cls):
    """method.__get__(obj, cls), also for plain functions, staticmethod and classmethod
    objects (which have no __get__ under gilpy)."""
    get = getattr(method, '__get__', None)
    if get is not None:
        return get(obj, cls)
    if isinstance(method, staticmethod):
        return method.__func__
    if isinstance(method, classmethod):
        func = method.__func__
        owner = cls if cls is not None else type(obj)
        return lambda *args, **kwargs: func(owner, *args, **kwargs)
    if obj is None:
        return method
    return lambda *args, **kwargs: method(obj, *args, **kwargs)


################################################################################
### partialmethod
################################################################################

class partialmethod:
    """Like partial, but as a descriptor: binds `self` in front of the fixed args."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError("{!r} is not callable or a descriptor".format(func))
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        args = ", ".join(map(repr, self.args))
        keywords = ", ".join("{}={!r}".format(k, v) for k, v in self.keywords.items())
        format_string = "{module}.{cls}({func}, {args}, {keywords})"
        return format_string.format(module=self.__class__.__module__,
                                    cls=self.__class__.__qualname__,
                                    func=self.func, args=args, keywords=keywords)

    def _make_unbound_method(self):
        def _method(cls_or_self, /, *args, **keywords):
            keywords = {**self.keywords, **keywords}
            return self.func(cls_or_self, *self.args, *args, **keywords)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        result = None
        if isinstance(self.func, (staticmethod, classmethod)) or hasattr(self.func, '__get__') \
                and not isinstance(self.func, partial):
            new_func = _bind(self.func, obj, cls)
            if new_func is not self.func:
                result = partial(new_func, *self.args, **self.keywords)
                try:
                    result.__self__ = new_func.__self__
                except AttributeError:
                    pass
        if result is None:
            result = _bind(self._make_unbound_method(), obj, cls)
        return result

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)


################################################################################
### cached_property
################################################################################

_NOT_FOUND = object()


class cached_property:
    """A property computed once per instance and then stored in the instance dict."""

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
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r})."
            )

    def _find_name(self, cls):
        # __set_name__ may not have run: look for ourselves in the class dicts.
        for klass in cls.__mro__:
            for name, value in klass.__dict__.items():
                if value is self:
                    return name
        return self.func.__name__

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            self.attrname = self._find_name(type(instance))
        try:
            cache = instance.__dict__
        except AttributeError:
            msg = (
                f"No '__dict__' attribute on {type(instance).__name__!r} "
                f"instance to cache {self.attrname!r} property."
            )
            raise TypeError(msg) from None
        val = cache.get(self.attrname, _NOT_FOUND)
        if val is _NOT_FOUND:
            val = self.func(instance)
            try:
                cache[self.attrname] = val
            except TypeError:
                msg = (
                    f"The '__dict__' attribute on {type(instance).__name__!r} instance "
                    f"does not support item assignment for caching {self.attrname!r} property."
                )
                raise TypeError(msg) from None
        return val


################################################################################
### singledispatch
################################################################################

def _find_impl(cls, registry):
    """The registered implementation for the first class in cls.__mro__ that has one
    (abstract base classes registered with ABCMeta.register are also considered)."""
    try:
        mro = cls.__mro__
    except AttributeError:
        mro = (cls, object)
    for t in mro:
        if t in registry:
            return registry[t]
    # Classes registered as virtual subclasses of an ABC in the registry.
    for t in registry:
        if t is object:
            continue
        try:
            if issubclass(cls, t):
                return registry[t]
        except TypeError:
            pass
    return registry.get(object)


class _MappingProxy:
    """A read-only view of the registry dict."""

    def __init__(self, d):
        self._d = d

    def __getitem__(self, key):
        return self._d[key]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __contains__(self, key):
        return key in self._d

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def get(self, key, default=None):
        return self._d.get(key, default)

    def __repr__(self):
        return f'mappingproxy({self._d!r})'


def singledispatch(func):
    """Single-dispatch generic function decorator: calls dispatch on the class of
    the first argument."""
    registry = {}
    dispatch_cache = {}

    def dispatch(cls):
        try:
            return dispatch_cache[cls]
        except KeyError:
            pass
        except TypeError:
            return _find_impl(cls, registry)
        impl = _find_impl(cls, registry)
        dispatch_cache[cls] = impl
        return impl

    def _is_valid_dispatch_type(cls):
        if isinstance(cls, type):
            return True
        args = getattr(cls, '__args__', None)
        origin = getattr(cls, '__origin__', None)
        if args is not None and origin is not None and type(cls).__name__ == 'UnionType' \
                or (origin is not None and getattr(origin, '_name', None) == 'Union'):
            return all(isinstance(arg, type) for arg in args)
        return False

    def register(cls, func=None):
        if _is_valid_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(
                    f"Invalid first argument to `register()`. "
                    f"{cls!r} is not a class or union type."
                )
            ann = getattr(cls, '__annotations__', {})
            if not ann:
                raise TypeError(
                    f"Invalid first argument to `register()`: {cls!r}. "
                    f"Use either `@register(some_class)` or plain `@register` "
                    f"on an annotated function."
                )
            func = cls
            argname, cls = next(iter(ann.items()))
            if isinstance(cls, str):
                g = getattr(func, '__globals__', {})
                try:
                    cls = eval(cls, g)
                except Exception:
                    pass
            if not _is_valid_dispatch_type(cls):
                raise TypeError(
                    f"Invalid annotation for {argname!r}. "
                    f"{cls!r} is not a class."
                )
        args = getattr(cls, '__args__', None)
        if not isinstance(cls, type) and args:
            for arg in args:
                registry[arg] = func
        else:
            registry[cls] = func
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least '
                            '1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = _MappingProxy(registry)
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """Single-dispatch generic method descriptor: dispatches on the class of the first
    non-self argument."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return _bind(method, obj, cls)(*args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)
