"""Shallow and deep copy operations: copy(x) and deepcopy(x[, memo]).

A class can control copying with __copy__() and __deepcopy__(memo), with
__reduce_ex__/__reduce__, or with __getstate__/__setstate__.  Otherwise an
instance is rebuilt as cls.__new__(cls) and its __dict__ and __slots__ values
are copied across, like CPython does through copyreg.
"""

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error   # backward compatible name

_nil = []


def _function():
    pass


class _C:
    def method(self):
        pass


# Types whose values are never copied (returned as they are).
_ATOMIC = (type(None), type(Ellipsis), type(NotImplemented), int, float, bool, str, bytes,
           type, range, type(_function), type(len), type(_C().method), property, slice)


def _is_atomic(cls):
    return cls in _ATOMIC or issubclass(cls, type)


def _class_attr(cls, name):
    """cls.name if some class in the MRO defines it (not just object)."""
    for klass in cls.__mro__:
        if klass is object:
            return None
        if name in klass.__dict__:
            return klass.__dict__[name]
    return None


# --- shallow copy ----------------------------------------------------------

def copy(x):
    """Shallow copy: a new container holding the same items."""
    cls = type(x)
    if _is_atomic(cls) or cls is tuple or cls is frozenset:
        return x
    if cls is list:
        return list(x)
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None)


# --- deep copy ---------------------------------------------------------------

def deepcopy(x, memo=None, _nil=_nil):
    """Deep copy: copies containers and instances recursively (cycles allowed)."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _deep_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif _is_atomic(cls):
        y = x
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct(x, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    """Keep x alive while memo is in use (as CPython does)."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    for item in x:
        y.append(deepcopy(item, memo))
    return y


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_set(x, memo):
    return set(deepcopy(item, memo) for item in x)


def _deepcopy_frozenset(x, memo):
    items = [deepcopy(item, memo) for item in x]
    if all(a is b for a, b in zip(items, x)):
        return x
    return frozenset(items)


def _deepcopy_tuple(x, memo):
    y = [deepcopy(item, memo) for item in x]
    # A tuple that contains itself (through a list) is already in memo.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for original, copied in zip(x, y):
        if original is not copied:
            return tuple(y)
    return x


def _deepcopy_method(x, memo):
    return x.__func__.__get__(deepcopy(x.__self__, memo))


_deep_dispatch = {
    list: _deepcopy_list,
    dict: _deepcopy_dict,
    set: _deepcopy_set,
    frozenset: _deepcopy_frozenset,
    tuple: _deepcopy_tuple,
    type(_C().method): _deepcopy_method,
}


# --- instances ---------------------------------------------------------------

def _reconstruct(x, memo):
    """Copy an instance; memo is None for a shallow copy."""
    cls = type(x)
    reductor = _class_attr(cls, '__reduce_ex__')
    if reductor is not None:
        rv = x.__reduce_ex__(4)
    else:
        reductor = _class_attr(cls, '__reduce__')
        rv = x.__reduce__() if reductor is not None else None
    if rv is not None:
        if isinstance(rv, str):
            return x
        return _from_reduce(x, memo, *rv)
    return _from_new(x, memo)


def _default_state(x):
    """What object.__getstate__ gives: __dict__, or (__dict__, slots) with slots."""
    getstate = _class_attr(type(x), '__getstate__')
    if getstate is not None:
        return x.__getstate__()
    state = dict(x.__dict__) if hasattr(x, '__dict__') else None
    slots = {}
    for klass in type(x).__mro__:
        names = klass.__dict__.get('__slots__', ())
        if isinstance(names, str):
            names = (names,)
        for name in names:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = f'_{klass.__name__.lstrip("_")}{name}'
            if name not in slots and hasattr(x, name):
                slots[name] = getattr(x, name)
    if slots:
        return (state or None, slots)
    return state or None


def _new_args(x):
    """Arguments for cls.__new__ (what __getnewargs__ gives for tuples etc.)."""
    if hasattr(x, '__getnewargs_ex__'):
        return x.__getnewargs_ex__()
    if hasattr(x, '__getnewargs__'):
        return tuple(x.__getnewargs__()), {}
    for base in (tuple, int, float, str, bytes, frozenset):
        if isinstance(x, base):
            return (base(x),), {}
    return (), {}


def _from_new(x, memo):
    """Rebuild x as cls.__new__(cls, *args), then copy state and items across."""
    cls = type(x)
    deep = memo is not None
    args, kwargs = _new_args(x)
    if deep and (args or kwargs):
        args = deepcopy(args, memo)
        kwargs = deepcopy(kwargs, memo)
    y = cls.__new__(cls, *args, **kwargs)
    if deep:
        memo[id(x)] = y
    listitems = iter(x) if isinstance(x, (list, set)) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    _apply(y, memo, _default_state(x), listitems, dictitems)
    return y


def _from_reduce(x, memo, func, args, state=None, listiter=None, dictiter=None, *rest):
    """Rebuild from a __reduce__ tuple: func(*args), then state and items."""
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    _apply(y, memo, state, listiter, dictiter)
    return y


def _apply(y, memo, state, listiter, dictiter):
    deep = memo is not None
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(y, '__setstate__', None)
        if setstate is not None:
            setstate(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                y.__dict__.update(state)
            if slotstate:
                for key, value in slotstate.items():
                    object.__setattr__(y, key, value)
    if listiter is not None:
        add = y.add if isinstance(y, set) else y.append
        for item in listiter:
            add(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
