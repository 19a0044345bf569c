"""Enumerations: classes whose members are a fixed set of named, unique instances.

EnumType (the metaclass) turns the plain class attributes of an Enum subclass into
members when the class is made, and answers `Color(1)`, `Color['RED']`, `list(Color)`,
`len(Color)` and `Color.RED in Color`. Flag members combine with | and &.
"""

__all__ = [
    "EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag",
    "ReprEnum", "auto", "unique",
]


class auto:
    """Stands for the next value: 1, 2, 3, ... (Flag: 1, 2, 4, ...; StrEnum: the name)."""

    _order = 0

    def __init__(self):
        auto._order += 1
        self._order = auto._order
        self.value = None

    def __repr__(self):
        return "auto(%r)" % (self.value,)


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_"


def _is_member_value(value):
    return not (
        callable(value) and not isinstance(value, auto)
        or isinstance(value, (property, classmethod, staticmethod))
    )


class EnumType(type):
    """The metaclass of Enum classes."""

    def __new__(metacls, cls, bases, classdict, **kwds):
        ignore = classdict.get("_ignore_", ())
        if isinstance(ignore, str):
            ignore = ignore.replace(",", " ").split()
        members = []
        body = {}
        for key, value in classdict.items():
            if key in ignore or key == "_ignore_":
                continue
            if _is_dunder(key) or _is_sunder(key) or not _is_member_value(value):
                body[key] = value
            else:
                members.append((key, value))
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        enum_class._member_names_ = []
        enum_class._member_map_ = {}
        enum_class._value2member_map_ = {}
        enum_class._member_type_ = _member_type(enum_class)
        if enum_class._member_type_ is not object:
            # The data type's methods (int's, str's) come first in the MRO; members
            # still show themselves as the enum classes above say.
            for method in ("__repr__", "__str__", "__format__"):
                if method in body:
                    continue
                for base in enum_class.__mro__[1:]:
                    if isinstance(base, EnumType) and method in base.__dict__:
                        setattr(enum_class, method, base.__dict__[method])
                        break
        generate = getattr(enum_class, "_generate_next_value_", None)
        last_values = []
        for index, (name, value) in enumerate(members):
            if isinstance(value, auto):
                if value.value is None:
                    value.value = generate(name, 1, index, last_values[:])
                value = value.value
            last_values.append(value)
            enum_class._add_member_(name, value)
        return enum_class

    def _add_member_(cls, name, value):
        existing = None
        for member in cls._member_map_.values():
            if member._value_ == value:
                existing = member
                break
        if existing is not None:
            # An alias: another name for the same member.
            cls._member_map_[name] = existing
            setattr(cls, name, existing)
            return
        args = value if isinstance(value, tuple) else (value,)
        member_type = cls._member_type_
        if member_type is object:
            member = object.__new__(cls)
        else:
            member = member_type.__new__(cls, *args)
        member._name_ = name
        member._value_ = value
        member.__init__(*args)
        cls._member_names_.append(name)
        cls._member_map_[name] = member
        try:
            cls._value2member_map_.setdefault(value, member)
        except TypeError:
            pass
        setattr(cls, name, member)

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1):
        if names is None:
            return cls.__new_member__(value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start)

    def __new_member__(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, dict):
            items = list(names.items())
        else:
            names = list(names)
            if names and isinstance(names[0], str):
                items = []
                last = []
                for i, name in enumerate(names):
                    value = cls._generate_next_value_(name, start, i, last[:])
                    last.append(value)
                    items.append((name, value))
            else:
                items = [tuple(pair) for pair in names]
        bases = (cls,) if type is None else (type, cls)
        classdict = {"__module__": module or "__main__", "__qualname__": qualname or class_name}
        for name, value in items:
            classdict[name] = value
        metacls = cls.__class__
        return metacls.__new__(metacls, class_name, bases, classdict)

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'"
                % (type(member).__qualname__, cls.__class__.__qualname__)
            )
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return f"<flag {cls.__name__!r}>"
        return f"<enum {cls.__name__!r}>"


EnumMeta = EnumType
Flag = None  # defined below; __repr__ above looks at it


def _member_type(enum_class):
    for base in enum_class.__mro__[1:]:
        if base in (int, str, float):
            return base
    return object


class Enum(metaclass=EnumType):
    """Base class of enumerations: subclass it and list the members as attributes."""

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for value in reversed(last_values):
            try:
                return value + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        value_repr = (
            self._member_type_.__repr__(self) if self._member_type_ is not object
            else repr(self._value_)
        )
        return f"<{type(self).__name__}.{self._name_}: {value_repr}>"

    def __str__(self):
        return f"{type(self).__name__}.{self._name_}"

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class ReprEnum(Enum):
    """An Enum whose str() and format() are those of its data type (IntEnum, StrEnum)."""

    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)


class IntEnum(int, ReprEnum):
    """An Enum whose members are also ints."""

    def __hash__(self):
        return int.__hash__(self)


class StrEnum(str, ReprEnum):
    """An Enum whose members are also strs; auto() gives the lower-cased name."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    def __hash__(self):
        return str.__hash__(self)


class Flag(Enum):
    """Members are bit flags that combine with |, & and ^ into new values."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        high = max(last_values)
        return 1 << high.bit_length()

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            return None
        all_bits = 0
        for m in cls._member_map_.values():
            all_bits |= m._value_
        if value < 0 or value & ~all_bits:
            return None
        pseudo = object.__new__(cls) if cls._member_type_ is object else cls._member_type_.__new__(cls, value)
        parts = cls._decompose(value)
        pseudo._name_ = "|".join(m._name_ for m in parts) if parts else None
        pseudo._value_ = value
        cls._value2member_map_.setdefault(value, pseudo)
        return cls._value2member_map_[value]

    @classmethod
    def _decompose(cls, value):
        # The single-bit members contained in value, in definition order.
        members = [cls._member_map_[name] for name in cls._member_names_]
        return [
            m for m in members
            if m._value_ and m._value_ & value == m._value_ and bin(m._value_).count("1") == 1
        ]

    def __iter__(self):
        return iter(self._decompose(self._value_))

    def __len__(self):
        return len(self._decompose(self._value_))

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'"
                % (type(other).__qualname__, type(self).__qualname__)
            )
        return other._value_ & self._value_ == other._value_

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return type(self)(self._value_ | other._value_)

    def __and__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return type(self)(self._value_ & other._value_)

    def __xor__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return type(self)(self._value_ ^ other._value_)

    def __invert__(self):
        all_bits = 0
        for m in type(self)._member_map_.values():
            all_bits |= m._value_
        return type(self)(all_bits & ~self._value_)

    def __repr__(self):
        if self._name_ is None:
            return f"<{type(self).__name__}: {self._value_!r}>"
        return f"<{type(self).__name__}.{self._name_}: {self._value_!r}>"

    def __str__(self):
        if self._name_ is None:
            return f"{type(self).__name__}({self._value_!r})"
        return f"{type(self).__name__}.{self._name_}"

    def __hash__(self):
        return hash(self._value_)


class IntFlag(int, ReprEnum, Flag):
    """A Flag whose members are also ints."""

    def __or__(self, other):
        if isinstance(other, int):
            return type(self)(int(self) | int(other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, int):
            return type(self)(int(self) & int(other))
        return NotImplemented

    __rand__ = __and__

    def __hash__(self):
        return int.__hash__(self)


def unique(enumeration):
    """Class decorator: ValueError if any member has an alias."""
    duplicates = [
        (name, member._name_)
        for name, member in enumeration._member_map_.items()
        if name != member._name_
    ]
    if duplicates:
        details = ", ".join(f"{alias} -> {name}" for alias, name in duplicates)
        raise ValueError(f"duplicate values found in {enumeration!r}: {details}")
    return enumeration
