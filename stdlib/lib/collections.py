"""Container datatypes: deque, defaultdict, Counter, OrderedDict and namedtuple, written in
Python on the built-in types (the dict-based ones are dict subclasses, as in CPython)."""

__all__ = ['deque', 'defaultdict', 'Counter', 'OrderedDict', 'namedtuple']


class deque:
    """A double-ended queue, optionally bounded by maxlen.

    The items are `self._items[self._head:]`: popleft steps `_head` on (and drops the
    dead prefix once it is half the list), and appendleft fills the prefix, growing it
    when it is used up, so both ends cost O(1) amortised. Methods that work in the
    middle first `_compact()` the list so that `_head` is 0.
    """

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None and maxlen < 0:
            raise ValueError("maxlen must be non-negative")
        self._items = []
        self._head = 0
        self._maxlen = maxlen
        self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def _compact(self):
        if self._head:
            del self._items[:self._head]
            self._head = 0
        return self._items

    def _live(self):
        return self._items[self._head:] if self._head else self._items

    def append(self, x):
        self._items.append(x)
        if self._maxlen is not None and len(self._items) - self._head > self._maxlen:
            self.popleft()

    def appendleft(self, x):
        if not self._head:
            pad = len(self._items) + 8
            self._items[:0] = [None] * pad
            self._head = pad
        self._head -= 1
        self._items[self._head] = x
        if self._maxlen is not None and len(self._items) - self._head > self._maxlen:
            self._items.pop()

    def extend(self, iterable):
        for x in list(iterable):
            self.append(x)

    def extendleft(self, iterable):
        for x in list(iterable):
            self.appendleft(x)

    def pop(self):
        if len(self._items) == self._head:
            raise IndexError("pop from an empty deque")
        x = self._items.pop()
        if len(self._items) == self._head:
            self._items.clear()
            self._head = 0
        return x

    def popleft(self):
        items = self._items
        head = self._head
        if head == len(items):
            raise IndexError("pop from an empty deque")
        x = items[head]
        items[head] = None
        head += 1
        if head == len(items):
            items.clear()
            head = 0
        elif head >= 32 and head * 2 >= len(items):
            del items[:head]
            head = 0
        self._head = head
        return x

    def rotate(self, n=1):
        items = self._compact()
        if items:
            n %= len(items)
            if n:
                items[:] = items[-n:] + items[:-n]

    def clear(self):
        self._items.clear()
        self._head = 0

    def copy(self):
        return deque(self._live(), self._maxlen)

    def __copy__(self):
        return self.copy()

    def count(self, x):
        return self._live().count(x)

    def index(self, x, *args):
        try:
            return self._compact().index(x, *args)
        except ValueError:
            raise ValueError(f"{x!r} is not in deque") from None

    def insert(self, i, x):
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        self._compact().insert(i, x)

    def remove(self, value):
        try:
            self._compact().remove(value)
        except ValueError:
            raise ValueError(f"{value!r} is not in deque") from None

    def reverse(self):
        self._compact().reverse()

    def __len__(self):
        return len(self._items) - self._head

    def __bool__(self):
        return len(self._items) > self._head

    def __iter__(self):
        return iter(self._items[self._head:])

    def __reversed__(self):
        return reversed(self._items[self._head:])

    def __contains__(self, x):
        return x in self._live()

    def __getitem__(self, i):
        if isinstance(i, slice):
            raise TypeError("sequence index must be integer, not 'slice'")
        try:
            return self._compact()[i]
        except IndexError:
            raise IndexError("deque index out of range") from None

    def __setitem__(self, i, x):
        try:
            self._compact()[i] = x
        except IndexError:
            raise IndexError("deque index out of range") from None

    def __delitem__(self, i):
        try:
            del self._compact()[i]
        except IndexError:
            raise IndexError("deque index out of range") from None

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._live() == other._live()

    def __add__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return deque(self._live() + other._live(), self._maxlen)

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __repr__(self):
        if self._maxlen is None:
            return f"deque({self._live()!r})"
        return f"deque({self._live()!r}, maxlen={self._maxlen})"


class defaultdict(dict):
    """A dict that makes missing values with default_factory()."""

    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        super().__init__(*args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def copy(self):
        return defaultdict(self.default_factory, self)

    def __repr__(self):
        return f"defaultdict({self.default_factory!r}, {dict.__repr__(self)})"


class Counter(dict):
    """A dict of counts: missing elements count zero."""

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        # sorted() is stable: equal counts keep their first-seen order, as in CPython.
        items = sorted(self.items(), key=lambda kv: kv[1], reverse=True)
        return items if n is None else items[:n]

    def elements(self):
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                for elem, count in iterable.items():
                    self[elem] = self.get(elem, 0) + count
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                for elem, count in iterable.items():
                    self[elem] = self.get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return self.__class__(self)

    def __repr__(self):
        if not self:
            return f'{self.__class__.__name__}()'
        items = ', '.join('%r: %r' % pair for pair in self.most_common())
        return f'{self.__class__.__name__}({{{items}}})'

    def _combine(self, other, op):
        """The Counter of positive counts op(mine, theirs), elements missing on one
        side counting 0: +, -, | and & are this with +, -, max and min."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = op(count, other[elem])
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self:
                newcount = op(0, count)
                if newcount > 0:
                    result[elem] = newcount
        return result

    def __add__(self, other):
        return self._combine(other, lambda a, b: a + b)

    def __sub__(self, other):
        return self._combine(other, lambda a, b: a - b)

    def __or__(self, other):
        return self._combine(other, max)

    def __and__(self, other):
        return self._combine(other, min)


class OrderedDict(dict):
    """A dict that can move keys to either end (every dict keeps insertion order)."""

    def move_to_end(self, key, last=True):
        value = self.pop(key)
        if last:
            self[key] = value
        else:
            rest = list(self.items())
            self.clear()
            self[key] = value
            for k, v in rest:
                self[k] = v

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        keys = list(self)
        key = keys[-1] if last else keys[0]
        return key, self.pop(key)

    def __repr__(self):
        if not self:
            return f'{self.__class__.__name__}()'
        return f'{self.__class__.__name__}({list(self.items())!r})'


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A tuple subclass whose items are also attributes, named by field_names."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = tuple(map(str, field_names))
    for name in (typename,) + field_names:
        if not name.isidentifier():
            raise ValueError(f'Type names and field names must be valid identifiers: {name!r}')
    seen = set()
    for name in field_names:
        if name.startswith('_'):
            raise ValueError(f'Field names cannot start with an underscore: {name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)
    num_fields = len(field_names)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > num_fields:
            raise TypeError('Got more default values than field names')
        field_defaults = dict(zip(field_names[num_fields - len(defaults):], defaults))

    def __new__(cls, *args, **kwargs):
        if len(args) > num_fields:
            raise TypeError(f'{typename}.__new__() takes {num_fields + 1} positional arguments '
                            f'but {len(args) + 1} were given')
        values = list(args)
        missing = []
        for name in field_names[len(args):]:
            if name in kwargs:
                values.append(kwargs.pop(name))
            elif name in field_defaults:
                values.append(field_defaults[name])
            else:
                missing.append(name)
        if kwargs:
            name = next(iter(kwargs))
            if name in field_names:
                raise TypeError(f"{typename}.__new__() got multiple values for argument '{name}'")
            raise TypeError(f"{typename}.__new__() got an unexpected keyword argument '{name}'")
        if missing:
            names = ' and '.join(repr(m) for m in missing) if len(missing) <= 2 else \
                ', '.join(repr(m) for m in missing[:-1]) + ', and ' + repr(missing[-1])
            s = '' if len(missing) == 1 else 's'
            raise TypeError(f'{typename}.__new__() missing {len(missing)} required '
                            f'positional argument{s}: {names}')
        return tuple.__new__(cls, values)

    def __repr__(self):
        fields = ', '.join(f'{name}={value!r}' for name, value in zip(field_names, self))
        return f'{self.__class__.__name__}({fields})'

    def _asdict(self):
        return dict(zip(field_names, self))

    def _replace(self, **kwargs):
        values = [kwargs.pop(name, value) for name, value in zip(field_names, self)]
        if kwargs:
            raise ValueError(f'Got unexpected field names: {list(kwargs)!r}')
        return self.__class__(*values)

    @classmethod
    def _make(cls, iterable):
        return cls(*iterable)

    def __getnewargs__(self):
        return tuple(self)

    namespace = {
        '__doc__': f'{typename}({", ".join(field_names)})',
        '__slots__': (),
        '_fields': field_names,
        '__match_args__': field_names,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '_replace': _replace,
        '_make': _make,
        '__getnewargs__': __getnewargs__,
    }
    for index, name in enumerate(field_names):
        namespace[name] = property(lambda self, index=index: self[index],
                                   doc=f'Alias for field number {index}')
    result = type(typename, (tuple,), namespace)
    if module is not None:
        result.__module__ = module
    return result
