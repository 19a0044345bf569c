"""Container datatypes: deque, defaultdict, Counter, OrderedDict and namedtuple, written in
Python on the built-in types (the dict-based ones are dict subclasses, as in CPython)."""

__all__ = ['deque', 'defaultdict', 'Counter', 'OrderedDict', 'namedtuple', 'ChainMap',
           'UserDict', 'UserList', 'UserString']


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

################################################################################
### ChainMap and the User* wrapper classes, built on collections.abc
################################################################################

def _abc_module():
    # collections.abc is a registered module of its own; fall back to the file
    # name when it is loaded from the stdlib directory.
    import sys
    found = sys.modules.get('collections.abc')
    if found is not None:
        return found
    try:
        return __import__('collections_abc')
    except ImportError:
        __import__('collections.abc')
        return sys.modules['collections.abc']


_collections_abc = _abc_module()
abc = _collections_abc
_Mapping = _collections_abc.Mapping
_MutableMapping = _collections_abc.MutableMapping
_MutableSequence = _collections_abc.MutableSequence
_Sequence = _collections_abc.Sequence
_BIG_INDEX = 9223372036854775807

# (id, thread) of the ChainMaps whose repr is being built, to print '...' when a
# map contains the ChainMap itself
_chainmap_repr_active = set()


def _thread_ident():
    try:
        from _thread import get_ident
    except ImportError:
        return 0
    return get_ident()


def _mapping_like(obj):
    return isinstance(obj, (_Mapping, dict))


class ChainMap(_MutableMapping):
    """Several mappings searched in order as one view.  Reads look through
    self.maps front to back; writes, deletions and pops touch only maps[0]."""

    def __init__(self, *maps):
        self.maps = list(maps) if maps else [{}]

    # --- reading ---
    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for layer in self.maps:
            try:
                return layer[key]
            except KeyError:
                continue
        return self.__missing__(key)

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def __contains__(self, key):
        for layer in self.maps:
            if key in layer:
                return True
        return False

    def _merged_keys(self):
        # Later maps first so that the key order matches a dict built up from the
        # deepest map to the front one.
        order = {}
        for layer in self.maps[::-1]:
            for key in layer:
                order[key] = None
        return order

    def __len__(self):
        return len(self._merged_keys())

    def __iter__(self):
        return iter(self._merged_keys())

    def __bool__(self):
        for layer in self.maps:
            if layer:
                return True
        return False

    def __repr__(self):
        marker = (id(self), _thread_ident())
        if marker in _chainmap_repr_active:
            return '...'
        _chainmap_repr_active.add(marker)
        try:
            parts = ', '.join([repr(layer) for layer in self.maps])
        finally:
            _chainmap_repr_active.discard(marker)
        return f'{type(self).__name__}({parts})'

    # --- construction helpers ---
    @classmethod
    def fromkeys(cls, iterable, value=None, /):
        return cls(dict.fromkeys(iterable, value))

    def copy(self):
        front, *rest = self.maps
        return type(self)(front.copy(), *rest)

    def __copy__(self):
        return self.copy()

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return type(self)(m, *self.maps)

    @property
    def parents(self):
        return type(self)(*self.maps[1:])

    # --- writing (first map only) ---
    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *default):
        try:
            return self.maps[0].pop(key, *default)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        self.maps[0].clear()

    # --- | and |= ---
    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not _mapping_like(other):
            return NotImplemented
        result = self.copy()
        result.maps[0].update(other)
        return result

    def __ror__(self, other):
        if not _mapping_like(other):
            return NotImplemented
        merged = dict(other)
        for layer in self.maps[::-1]:
            merged.update(layer)
        return type(self)(merged)


class UserDict(_MutableMapping):
    """A dict-like class keeping its contents in the plain dict `self.data`, meant
    for subclassing."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        try:
            return self.data[key]
        except KeyError:
            pass
        hook = getattr(type(self), '__missing__', None)
        if hook is not None:
            return hook(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, UserDict):
            return type(self)(self.data | other.data)
        if isinstance(other, dict):
            return type(self)(self.data | other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, UserDict):
            return type(self)(other.data | self.data)
        if isinstance(other, dict):
            return type(self)(other | self.data)
        return NotImplemented

    def __ior__(self, other):
        if isinstance(other, UserDict):
            self.data |= other.data
        else:
            self.data |= other
        return self

    def _clone_shell(self):
        # An instance of the same class with the same attributes but no contents.
        cls = type(self)
        twin = cls.__new__(cls)
        twin.__dict__.update(self.__dict__)
        twin.data = {}
        return twin

    def __copy__(self):
        twin = self._clone_shell()
        twin.data = self.data.copy()
        return twin

    def copy(self):
        if type(self) is UserDict:
            return UserDict(self.data.copy())
        twin = self._clone_shell()
        twin.update(self)
        return twin

    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        for key in iterable:
            made[key] = value
        return made


def _unwrap_list(other):
    return other.data if isinstance(other, UserList) else other


class UserList(_MutableSequence):
    """A list-like class keeping its contents in the plain list `self.data`."""

    def __init__(self, initlist=None):
        if initlist is None:
            self.data = []
        elif isinstance(initlist, UserList):
            self.data = list(initlist.data)
        else:
            self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    # comparisons go to the underlying list
    def __lt__(self, other):
        return self.data < _unwrap_list(other)

    def __le__(self, other):
        return self.data <= _unwrap_list(other)

    def __eq__(self, other):
        return self.data == _unwrap_list(other)

    def __gt__(self, other):
        return self.data > _unwrap_list(other)

    def __ge__(self, other):
        return self.data >= _unwrap_list(other)

    __hash__ = None

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return type(self)(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        if isinstance(other, UserList):
            return type(self)(self.data + other.data)
        if isinstance(other, list):
            return type(self)(self.data + other)
        return type(self)(self.data + list(other))

    def __radd__(self, other):
        if isinstance(other, UserList):
            return type(self)(other.data + self.data)
        if isinstance(other, list):
            return type(self)(other + self.data)
        return type(self)(list(other) + self.data)

    def __iadd__(self, other):
        if isinstance(other, UserList):
            self.data += other.data
        elif isinstance(other, list):
            self.data += other
        else:
            self.data += list(other)
        return self

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        cls = type(self)
        twin = cls.__new__(cls)
        twin.__dict__.update(self.__dict__)
        twin.data = list(self.data)
        return twin

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return type(self)(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        self.data.extend(_unwrap_list(other))


def _text(obj):
    return obj.data if isinstance(obj, UserString) else obj


class UserString(_Sequence):
    """A str-like class keeping its text in the plain str `self.data`.  Methods
    that give back a new string give back an instance of the same class."""

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data
        else:
            self.data = str(seq)

    # conversions
    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __complex__(self):
        return complex(self.data)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    # comparisons
    def __eq__(self, other):
        return self.data == _text(other)

    def __lt__(self, other):
        return self.data < _text(other)

    def __le__(self, other):
        return self.data <= _text(other)

    def __gt__(self, other):
        return self.data > _text(other)

    def __ge__(self, other):
        return self.data >= _text(other)

    # container protocol
    def __contains__(self, char):
        return _text(char) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return type(self)(self.data[index])

    # operators
    def __add__(self, other):
        if isinstance(other, UserString):
            return type(self)(self.data + other.data)
        if isinstance(other, str):
            return type(self)(self.data + other)
        return type(self)(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return type(self)(other + self.data)
        return type(self)(str(other) + self.data)

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return type(self)(self.data % args)

    def __rmod__(self, template):
        return type(self)(str(template) % self)

    # methods whose str result is wrapped again
    def capitalize(self):
        return type(self)(self.data.capitalize())

    def casefold(self):
        return type(self)(self.data.casefold())

    def center(self, width, *args):
        return type(self)(self.data.center(width, *args))

    def ljust(self, width, *args):
        return type(self)(self.data.ljust(width, *args))

    def rjust(self, width, *args):
        return type(self)(self.data.rjust(width, *args))

    def zfill(self, width):
        return type(self)(self.data.zfill(width))

    def expandtabs(self, tabsize=8):
        return type(self)(self.data.expandtabs(tabsize))

    def lower(self):
        return type(self)(self.data.lower())

    def upper(self):
        return type(self)(self.data.upper())

    def swapcase(self):
        return type(self)(self.data.swapcase())

    def title(self):
        return type(self)(self.data.title())

    def strip(self, chars=None):
        return type(self)(self.data.strip(chars))

    def lstrip(self, chars=None):
        return type(self)(self.data.lstrip(chars))

    def rstrip(self, chars=None):
        return type(self)(self.data.rstrip(chars))

    def removeprefix(self, prefix, /):
        return type(self)(self.data.removeprefix(_text(prefix)))

    def removesuffix(self, suffix, /):
        return type(self)(self.data.removesuffix(_text(suffix)))

    def replace(self, old, new, maxsplit=-1):
        return type(self)(self.data.replace(_text(old), _text(new), maxsplit))

    def translate(self, *args):
        return type(self)(self.data.translate(*args))

    # methods returning numbers, flags, bytes, plain strings or containers of str
    def count(self, sub, start=0, end=_BIG_INDEX):
        return self.data.count(_text(sub), start, end)

    def find(self, sub, start=0, end=_BIG_INDEX):
        return self.data.find(_text(sub), start, end)

    def rfind(self, sub, start=0, end=_BIG_INDEX):
        return self.data.rfind(_text(sub), start, end)

    def index(self, sub, start=0, end=_BIG_INDEX):
        return self.data.index(_text(sub), start, end)

    def rindex(self, sub, start=0, end=_BIG_INDEX):
        return self.data.rindex(_text(sub), start, end)

    def startswith(self, prefix, start=0, end=_BIG_INDEX):
        return self.data.startswith(_text(prefix), start, end)

    def endswith(self, suffix, start=0, end=_BIG_INDEX):
        return self.data.endswith(_text(suffix), start, end)

    def encode(self, encoding='utf-8', errors='strict'):
        return self.data.encode('utf-8' if encoding is None else encoding,
                                'strict' if errors is None else errors)

    def format(self, /, *args, **kwds):
        return self.data.format(*args, **kwds)

    def format_map(self, mapping):
        return self.data.format_map(mapping)

    def join(self, seq):
        return self.data.join(seq)

    def partition(self, sep):
        return self.data.partition(sep)

    def rpartition(self, sep):
        return self.data.rpartition(sep)

    def split(self, sep=None, maxsplit=-1):
        return self.data.split(sep, maxsplit)

    def rsplit(self, sep=None, maxsplit=-1):
        return self.data.rsplit(sep, maxsplit)

    def splitlines(self, keepends=False):
        return self.data.splitlines(keepends)

    def isalnum(self):
        return self.data.isalnum()

    def isalpha(self):
        return self.data.isalpha()

    def isascii(self):
        return self.data.isascii()

    def isdecimal(self):
        return self.data.isdecimal()

    def isdigit(self):
        return self.data.isdigit()

    def isidentifier(self):
        return self.data.isidentifier()

    def islower(self):
        return self.data.islower()

    def isnumeric(self):
        return self.data.isnumeric()

    def isprintable(self):
        return self.data.isprintable()

    def isspace(self):
        return self.data.isspace()

    def istitle(self):
        return self.data.istitle()

    def isupper(self):
        return self.data.isupper()

    maketrans = staticmethod(str.maketrans)
