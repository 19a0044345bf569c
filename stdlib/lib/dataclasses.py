"""Data classes: @dataclass writes __init__, __repr__, __eq__ (and, on request, ordering,
hashing and frozen instances) from the class's annotated fields. As in CPython, the methods
are generated as source text and compiled with exec, so their signatures and errors are
the ones a hand-written class would have."""

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'MISSING',
           'fields', 'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MissingType:
    def __repr__(self):
        return 'MISSING'


MISSING = _MissingType()


class InitVar:
    def __init__(self, type):
        self.type = type


class Field:
    """One field of a data class."""

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = metadata if metadata is not None else {}
        self.kw_only = kw_only

    def __repr__(self):
        return (f'Field(name={self.name!r},type={self.type!r},default={self.default!r},'
                f'default_factory={self.default_factory!r},init={self.init!r},repr={self.repr!r},'
                f'hash={self.hash!r},compare={self.compare!r},metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},_field_type=_FIELD)')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'


def fields(class_or_instance):
    try:
        fs = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(fs.values())


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _make_fn(name, args, body, globals_, qualname):
    body_text = '\n'.join(f'  {line}' for line in body) or '  pass'
    src = f'def {name}({", ".join(args)}):\n{body_text}\n'
    ns = {}
    exec(src, globals_, ns)
    fn = ns[name]
    fn.__qualname__ = f'{qualname}.{name}'
    return fn


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, kw_only):
    fields_ = {}
    for base in reversed(cls.__mro__[1:]):
        base_fields = getattr(base, _FIELDS, None)
        if base_fields:
            for f in base_fields.values():
                fields_[f.name] = f
    annotations = cls.__dict__.get('__annotations__', {})
    for name, type_ in annotations.items():
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            f = field(default=default)
        f.name = name
        f.type = type_
        if f.kw_only is MISSING:
            f.kw_only = kw_only
        if isinstance(f.default, (list, dict, set)):
            raise ValueError(f'mutable default {type(f.default)} for field {name} is not allowed: '
                             'use default_factory')
        fields_[name] = f
        if isinstance(default, Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
    setattr(cls, _FIELDS, fields_)
    qualname = cls.__qualname__
    globals_ = {'MISSING': MISSING, '__dataclass_object__': object,
                'FrozenInstanceError': FrozenInstanceError}
    all_fields = list(fields_.values())

    if init:
        args = ['self']
        kw_args = []
        body = []
        seen_default = False
        for f in all_fields:
            if not f.init:
                if f.default_factory is not MISSING:
                    globals_[f'__dataclass_factory_{f.name}__'] = f.default_factory
                    body.append(_assign(frozen, f.name, f'__dataclass_factory_{f.name}__()'))
                elif f.default is not MISSING:
                    globals_[f'__dataclass_dflt_{f.name}__'] = f.default
                    body.append(_assign(frozen, f.name, f'__dataclass_dflt_{f.name}__'))
                continue
            if f.default_factory is not MISSING:
                globals_[f'__dataclass_factory_{f.name}__'] = f.default_factory
                param = f'{f.name}=MISSING'
                value = f'__dataclass_factory_{f.name}__() if {f.name} is MISSING else {f.name}'
            elif f.default is not MISSING:
                globals_[f'__dataclass_dflt_{f.name}__'] = f.default
                param = f'{f.name}=__dataclass_dflt_{f.name}__'
                value = f.name
            else:
                param = f.name
                value = f.name
                if seen_default and not f.kw_only:
                    raise TypeError(f'non-default argument {f.name!r} follows default argument')
            if '=' in param and not f.kw_only:
                seen_default = True
            (kw_args if f.kw_only else args).append(param)
            body.append(_assign(frozen, f.name, value))
        if hasattr(cls, '__post_init__'):
            body.append('self.__post_init__()')
        if kw_args:
            args = args + ['*'] + kw_args
        cls.__init__ = _make_fn('__init__', args, body, globals_, qualname)

    if repr and '__repr__' not in cls.__dict__:
        shown = [f.name for f in all_fields if f.repr]
        parts = ', '.join(f'{n}={{self.{n}!r}}' for n in shown)
        cls.__repr__ = _make_fn('__repr__', ['self'],
                                [f'return f"{{self.__class__.__qualname__}}({parts})"'], globals_, qualname)

    compared = [f.name for f in all_fields if f.compare]
    as_tuple = '(' + ''.join(f'self.{n},' for n in compared) + ')'
    other_tuple = '(' + ''.join(f'other.{n},' for n in compared) + ')'
    if eq and '__eq__' not in cls.__dict__:
        cls.__eq__ = _make_fn('__eq__', ['self', 'other'],
                              ['if other.__class__ is self.__class__:',
                               f'  return {as_tuple} == {other_tuple}',
                               'return NotImplemented'], globals_, qualname)
    if order:
        for name, op in [('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')]:
            setattr(cls, name, _make_fn(name, ['self', 'other'],
                                        ['if other.__class__ is self.__class__:',
                                         f'  return {as_tuple} {op} {other_tuple}',
                                         'return NotImplemented'], globals_, qualname))
    if frozen:
        cls.__setattr__ = _make_fn('__setattr__', ['self', 'name', 'value'],
                                   ['raise FrozenInstanceError(f"cannot assign to field {name!r}")'],
                                   globals_, qualname)
        cls.__delattr__ = _make_fn('__delattr__', ['self', 'name'],
                                   ['raise FrozenInstanceError(f"cannot delete field {name!r}")'],
                                   globals_, qualname)
    hashed = [f.name for f in all_fields if (f.compare if f.hash is None else f.hash)]
    hash_tuple = '(' + ''.join(f'self.{n},' for n in hashed) + ')'
    if unsafe_hash or (eq and frozen):
        cls.__hash__ = _make_fn('__hash__', ['self'], [f'return hash({hash_tuple})'], globals_, qualname)
    elif eq and '__hash__' not in cls.__dict__:
        cls.__hash__ = None
    cls.__match_args__ = tuple(f.name for f in all_fields if f.init)
    return cls


def _assign(frozen, name, value):
    if frozen:
        return f'__dataclass_object__.__setattr__(self, {name!r}, {value})'
    return f'self.{name} = {value}'


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, kw_only)
    if cls is None:
        return wrap
    return wrap(cls)


def asdict(obj, *, dict_factory=dict):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if is_dataclass(obj) and not isinstance(obj, type):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return obj


def astuple(obj, *, tuple_factory=tuple):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError('astuple() should be called on dataclass instances')
    return tuple_factory(getattr(obj, f.name) for f in fields(obj))


def replace(obj, /, **changes):
    for f in fields(obj):
        if f.init and f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields_, *, bases=(), namespace=None, **kwargs):
    ns = dict(namespace or {})
    annotations = {}
    for item in fields_:
        if isinstance(item, str):
            annotations[item] = 'typing.Any'
        elif len(item) == 2:
            annotations[item[0]] = item[1]
        else:
            annotations[item[0]] = item[1]
            ns[item[0]] = item[2]
    ns['__annotations__'] = annotations
    return dataclass(type(cls_name, bases, ns), **kwargs)
