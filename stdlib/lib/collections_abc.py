"""collections.abc for gilpy: the abstract base classes of the container protocols.

Each class names the methods a concrete class must supply (its abstract methods) and
builds the remaining protocol methods (the mixins) on top of them, as the table in
the Python documentation lists.

isinstance() and issubclass() consult ABCMeta.__subclasscheck__ (registered virtual
subclasses, the structural hooks at the end of this file). The operators below that
must accept "any mapping", "any set" or "any iterable" use the helpers _is_a and
_provides directly.
"""

from abc import ABCMeta, abstractmethod
import sys

__all__ = [
    "Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator",
    "Hashable", "Iterable", "Iterator", "Generator", "Reversible", "Sized",
    "Container", "Callable", "Collection", "Set", "MutableSet", "Mapping",
    "MutableMapping", "MappingView", "KeysView", "ItemsView", "ValuesView",
    "Sequence", "MutableSequence", "ByteString",
]

# Every ABC made here, so that a registration on one of them is also seen by the
# ABCs above it.
_every_abc = []


def _provides(kind, *names):
    """True when the class `kind` (or a class in its MRO) defines every one of
    `names` with something other than None."""
    for name in names:
        for klass in kind.__mro__:
            if name in klass.__dict__:
                if klass.__dict__[name] is None:
                    return False
                break
        else:
            return False
    return True


def _virtually_under(kind, target):
    """Is `kind` a subclass of `target` through `register` (on target or an ABC
    that derives from target)?"""
    for abc_cls in _every_abc:
        if not issubclass(abc_cls, target):
            continue
        for registered in abc_cls.__dict__.get("_abc_registry", ()):
            if issubclass(kind, registered):
                return True
    return False


def _is_a(obj, target):
    """isinstance() that also honours registered (virtual) subclasses."""
    if isinstance(obj, target):
        return True
    return _virtually_under(type(obj), target)


def _iterable(obj):
    return _provides(type(obj), "__iter__") or _is_a(obj, Iterable)


class _ParamAlias:
    """What `SomeABC[int]` evaluates to: remembers origin and arguments."""

    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)

    def __repr__(self):
        def show(a):
            if isinstance(a, type):
                if a.__module__ == "builtins":
                    return a.__qualname__
                return f"{a.__module__}.{a.__qualname__}"
            if a is Ellipsis:
                return "..."
            return repr(a)
        inner = ", ".join(show(a) for a in self.__args__)
        return f"{show(self.__origin__)}[{inner}]"

    def __eq__(self, other):
        if not isinstance(other, _ParamAlias):
            return NotImplemented
        return (self.__origin__, self.__args__) == (other.__origin__, other.__args__)

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)


def _subscript(cls, params):
    return _ParamAlias(cls, params)


class _CallableAlias(_ParamAlias):
    """Callable[[arg, ...], result] (or Callable[..., result])."""

    def __init__(self, origin, params):
        if not (isinstance(params, tuple) and len(params) == 2):
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        accepted, result = params
        if isinstance(accepted, list):
            args = tuple(accepted) + (result,)
        elif accepted is Ellipsis:
            args = (Ellipsis, result)
        else:
            raise TypeError("Callable[args, result]: args must be a list or ...")
        super().__init__(origin, args)
        self._dots = accepted is Ellipsis

    def __repr__(self):
        if self._dots:
            return super().__repr__()
        shown = repr(_ParamAlias(self.__origin__, self.__args__[:-1] or ((),)))
        head, _, rest = shown.partition("[")
        inner = rest[:-1] if self.__args__[:-1] else ""
        last = repr(_ParamAlias(object, self.__args__[-1:]))
        last = last[last.index("[") + 1:-1]
        return f"{head}[[{inner}], {last}]"


def _raise_thrown(typ, val, tb):
    """The default `throw` of Coroutine and Generator: raise what was thrown in."""
    if val is None:
        raise typ if tb is None else typ.with_traceback(tb)
    if tb is not None:
        val = val.with_traceback(tb)
    raise val


def _close_by_throwing(obj, kind):
    """The `close` mixin of Coroutine and Generator: throw GeneratorExit in, which must
    end it."""
    try:
        obj.throw(GeneratorExit)
    except (GeneratorExit, StopIteration):
        return
    raise RuntimeError(kind + " ignored GeneratorExit")


def _abc(cls):
    cls.__module__ = "collections.abc"
    _every_abc.append(cls)
    return cls


# --- one-method protocols ---------------------------------------------------------

@_abc
class Hashable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __hash__(self):
        return 0


@_abc
class Awaitable(metaclass=ABCMeta):
    __slots__ = ()
    __class_getitem__ = classmethod(_subscript)

    @abstractmethod
    def __await__(self):
        return
        yield


@_abc
class Coroutine(Awaitable):
    __slots__ = ()

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        _raise_thrown(typ, val, tb)

    def close(self):
        _close_by_throwing(self, "coroutine")


@_abc
class AsyncIterable(metaclass=ABCMeta):
    __slots__ = ()
    __class_getitem__ = classmethod(_subscript)

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()


@_abc
class AsyncIterator(AsyncIterable):
    __slots__ = ()

    @abstractmethod
    def __anext__(self):
        """Return an awaitable giving the next item (StopAsyncIteration at the end)."""
        raise StopAsyncIteration

    def __aiter__(self):
        return self


class _AwaitClose:
    """The awaitable returned by AsyncGenerator.aclose (gilpy has no `async def`,
    so it is spelled as an object whose __await__ is a generator)."""

    def __init__(self, agen):
        self._agen = agen

    def __await__(self):
        try:
            yield from self._agen.athrow(GeneratorExit).__await__()
        except (GeneratorExit, StopAsyncIteration):
            return None
        raise RuntimeError("asynchronous generator ignored GeneratorExit")


@_abc
class AsyncGenerator(AsyncIterator):
    __slots__ = ()

    def __anext__(self):
        return self.asend(None)

    @abstractmethod
    def asend(self, value):
        """Return an awaitable that sends `value` into the generator."""
        raise StopAsyncIteration

    @abstractmethod
    def athrow(self, typ, val=None, tb=None):
        """Return an awaitable that raises the exception inside the generator."""
        raise StopAsyncIteration

    def aclose(self):
        return _AwaitClose(self)


@_abc
class Iterable(metaclass=ABCMeta):
    __slots__ = ()
    __class_getitem__ = classmethod(_subscript)

    @abstractmethod
    def __iter__(self):
        return
        yield


@_abc
class Iterator(Iterable):
    __slots__ = ()

    @abstractmethod
    def __next__(self):
        raise StopIteration

    def __iter__(self):
        return self


@_abc
class Reversible(Iterable):
    __slots__ = ()

    @abstractmethod
    def __reversed__(self):
        return
        yield


@_abc
class Generator(Iterator):
    __slots__ = ()

    def __next__(self):
        return self.send(None)

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        _raise_thrown(typ, val, tb)

    def close(self):
        _close_by_throwing(self, "generator")


@_abc
class Sized(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __len__(self):
        return 0


@_abc
class Container(metaclass=ABCMeta):
    __slots__ = ()
    __class_getitem__ = classmethod(_subscript)

    @abstractmethod
    def __contains__(self, x):
        return False


@_abc
class Collection(Sized, Iterable, Container):
    __slots__ = ()


@_abc
class Callable(metaclass=ABCMeta):
    __slots__ = ()
    __class_getitem__ = classmethod(_CallableAlias)

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False


# --- sets -------------------------------------------------------------------------

@_abc
class Set(Collection):
    """Read-only set: supply __contains__, __iter__ and __len__; comparisons and the
    & | - ^ operators follow.  Results are built by _from_iterable (override it when
    the constructor does not take a single iterable)."""

    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    def __le__(self, other):
        if not _is_a(other, Set):
            return NotImplemented
        return len(self) <= len(other) and _Set_within(self, other)

    def __lt__(self, other):
        if not _is_a(other, Set):
            return NotImplemented
        return len(self) < len(other) and _Set_within(self, other)

    def __ge__(self, other):
        if not _is_a(other, Set):
            return NotImplemented
        return len(self) >= len(other) and _Set_within(other, self)

    def __gt__(self, other):
        if not _is_a(other, Set):
            return NotImplemented
        return len(self) > len(other) and _Set_within(other, self)

    def __eq__(self, other):
        if not _is_a(other, Set):
            return NotImplemented
        return len(self) == len(other) and _Set_within(self, other)

    __hash__ = None

    def isdisjoint(self, other):
        for elem in other:
            if elem in self:
                return False
        return True

    # operators (other may be any iterable)
    def __and__(self, other):
        if not _iterable(other):
            return NotImplemented
        return self._from_iterable(e for e in other if e in self)

    __rand__ = __and__

    def __or__(self, other):
        if not _iterable(other):
            return NotImplemented

        def both():
            yield from self
            yield from other
        return self._from_iterable(both())

    __ror__ = __or__

    def __sub__(self, other):
        if not _is_a(other, Set):
            if not _iterable(other):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(e for e in self if e not in other)

    def __rsub__(self, other):
        if not _is_a(other, Set):
            if not _iterable(other):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(e for e in other if e not in self)

    def __xor__(self, other):
        if not _is_a(other, Set):
            if not _iterable(other):
                return NotImplemented
            other = self._from_iterable(other)
        return (self - other) | (other - self)

    __rxor__ = __xor__

    def _hash(self):
        """A hash for an immutable set built on this class: the frozenset-style
        order-independent combination of the element hashes."""
        width = sys.maxsize
        mask = 2 * width + 1
        acc = (1927868237 * (len(self) + 1)) & mask
        for elem in self:
            eh = hash(elem)
            mixed = (eh ^ (eh << 16) ^ 89869747) * 3644798167
            acc = (acc ^ mixed) & mask
        acc ^= (acc >> 11) ^ (acc >> 25)
        acc = (acc * 69069 + 907133923) & mask
        if acc > width:
            acc -= mask + 1
        if acc == -1:
            acc = 590923713
        return acc


def _Set_within(small, big):
    for elem in small:
        if elem not in big:
            return False
    return True


@_abc
class MutableSet(Set):
    """Set plus add and discard; the in-place operators and remove/pop/clear follow."""

    __slots__ = ()

    @abstractmethod
    def add(self, value):
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        raise NotImplementedError

    def remove(self, value):
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        for value in self:
            break
        else:
            raise KeyError
        self.discard(value)
        return value

    def clear(self):
        try:
            while True:
                self.pop()
        except KeyError:
            pass

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in self - it:
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
            return self
        if not _is_a(it, Set):
            it = self._from_iterable(it)
        for value in it:
            if value in self:
                self.discard(value)
            else:
                self.add(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
            return self
        for value in it:
            self.discard(value)
        return self


# --- mappings ---------------------------------------------------------------------

@_abc
class Mapping(Collection):
    """Read-only mapping: supply __getitem__, __iter__ and __len__."""

    __slots__ = ()

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, other):
        if not _is_a(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __hash__ = None
    # A mapping is not reversible by default.
    __reversed__ = None


@_abc
class MappingView(Sized):
    __slots__ = ("_mapping",)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return f"{type(self).__name__}({self._mapping!r})"

    __class_getitem__ = classmethod(_subscript)


@_abc
class KeysView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


@_abc
class ItemsView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            found = self._mapping[key]
        except KeyError:
            return False
        return found is value or found == value

    def __iter__(self):
        m = self._mapping
        for key in m:
            yield (key, m[key])


@_abc
class ValuesView(MappingView, Collection):
    __slots__ = ()

    def __contains__(self, value):
        m = self._mapping
        for key in m:
            found = m[key]
            if found is value or found == value:
                return True
        return False

    def __iter__(self):
        m = self._mapping
        for key in m:
            yield m[key]


_absent = object()


@_abc
class MutableMapping(Mapping):
    """Mapping plus __setitem__ and __delitem__; pop, popitem, clear, update and
    setdefault follow."""

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    def pop(self, key, default=_absent):
        try:
            value = self[key]
        except KeyError:
            if default is _absent:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        for key in self:
            break
        else:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        if _is_a(other, Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


# --- sequences --------------------------------------------------------------------

def _same(a, b):
    return a is b or a == b


@_abc
class Sequence(Reversible, Collection):
    """Read-only sequence: supply __getitem__ (integer indexes, IndexError past the
    end) and __len__."""

    __slots__ = ()

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        i = 0
        while True:
            try:
                item = self[i]
            except IndexError:
                return
            yield item
            i += 1

    def __contains__(self, value):
        for item in self:
            if _same(item, value):
                return True
        return False

    def __reversed__(self):
        i = len(self) - 1
        while i >= 0:
            yield self[i]
            i -= 1

    def index(self, value, start=0, stop=None):
        if start is not None and start < 0:
            start = len(self) + start
            if start < 0:
                start = 0
        if stop is not None and stop < 0:
            stop = stop + len(self)
        pos = start
        while stop is None or pos < stop:
            try:
                item = self[pos]
            except IndexError:
                break
            if _same(item, value):
                return pos
            pos += 1
        raise ValueError

    def count(self, value):
        n = 0
        for item in self:
            if _same(item, value):
                n += 1
        return n


@_abc
class ByteString(Sequence):
    __slots__ = ()


@_abc
class MutableSequence(Sequence):
    """Sequence plus __setitem__, __delitem__ and insert."""

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        raise IndexError

    def append(self, value):
        self.insert(len(self), value)

    def clear(self):
        try:
            while True:
                self.pop()
        except IndexError:
            pass

    def reverse(self):
        lo, hi = 0, len(self) - 1
        while lo < hi:
            self[lo], self[hi] = self[hi], self[lo]
            lo += 1
            hi -= 1

    def extend(self, values):
        if values is self:
            values = list(values)
        for item in values:
            self.append(item)

    def pop(self, index=-1):
        item = self[index]
        del self[index]
        return item

    def remove(self, value):
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


# --- built-in types CPython counts as (virtual) subclasses ------------------------

def _gen():
    yield


Generator.register(type(_gen()))
Set.register(frozenset)
MutableSet.register(set)
MutableMapping.register(dict)
KeysView.register(type({}.keys()))
ItemsView.register(type({}.items()))
ValuesView.register(type({}.values()))
Sequence.register(tuple)
Sequence.register(str)
Sequence.register(range)
MutableSequence.register(list)
ByteString.register(bytes)
try:
    MutableSequence.register(bytearray)
    ByteString.register(bytearray)
except NameError:
    pass  # not every gilpy build has bytearray
del _gen


# --- structural checks ----------------------------------------------------------------
# A class with the right methods counts as a subclass of the one-method protocols even
# without inheriting or registering (isinstance(obj, Iterable) for any obj with
# __iter__), as in CPython. Only the protocol itself answers; its subclasses don't.

def _structural(protocol, *methods):
    def hook(cls, candidate):
        if cls is protocol and _provides(candidate, *methods):
            return True
        return NotImplemented
    protocol.__subclasshook__ = classmethod(hook)


for _protocol, _methods in [
    (Iterable, ("__iter__",)),
    (Iterator, ("__iter__", "__next__")),
    (Reversible, ("__reversed__", "__iter__")),
    (Sized, ("__len__",)),
    (Container, ("__contains__",)),
    (Callable, ("__call__",)),
    (Collection, ("__len__", "__iter__", "__contains__")),
    (Awaitable, ("__await__",)),
    (AsyncIterable, ("__aiter__",)),
    (AsyncIterator, ("__aiter__", "__anext__")),
    (Generator, ("__iter__", "__next__", "send", "throw", "close")),
]:
    _structural(_protocol, *_methods)
del _protocol, _methods

# gilpy's function, built-in function, method and type objects keep __call__ in the
# interpreter rather than in their class dicts.
for _kind in {type(len), type(_structural), type([].append), type(_ParamAlias(object, ()).__repr__), type}:
    Callable.register(_kind)
del _kind
