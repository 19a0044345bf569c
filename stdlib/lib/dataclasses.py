"""Data classes: @dataclass writes __init__, __repr__, __eq__ (and, on request, ordering,
hashing, frozen instances and __slots__) from the class's annotated fields. As in CPython,
the methods are generated as source text and compiled with exec, so their signatures and
errors are the ones a hand-written class would have. Supports ClassVar and InitVar
pseudo-fields, keyword-only fields (kw_only=True, field(kw_only=...), KW_ONLY),
__post_init__, replace, asdict/astuple, make_dataclass and a recursion-safe repr."""

import sys as _sys

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MissingType:
    def __repr__(self):
        return 'MISSING'


MISSING = _MissingType()


class _KW_ONLY_TYPE:
    def __repr__(self):
        return 'KW_ONLY'


KW_ONLY = _KW_ONLY_TYPE()


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return f'dataclasses.InitVar[{type_name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """One field of a data class."""

    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')

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
        self._field_type = None

    def __repr__(self):
        return (f'Field(name={self.name!r},type={self.type!r},default={self.default!r},'
                f'default_factory={self.default_factory!r},init={self.init!r},repr={self.repr!r},'
                f'hash={self.hash!r},compare={self.compare!r},metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},_field_type={self._field_type})')


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams('
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'eq={self.eq!r},'
                f'order={self.order!r},'
                f'unsafe_hash={self.unsafe_hash!r},'
                f'frozen={self.frozen!r}'
                ')')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Return an object to identify dataclass fields."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def fields(class_or_instance):
    """The fields of a dataclass (a tuple of Field objects), without ClassVar and InitVar
    pseudo-fields."""
    try:
        fs = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fs.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Returns True if obj is a dataclass or an instance of a dataclass."""
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


def _recursive_repr(user_function):
    """Wrap a __repr__ so that a recursive call for the same object returns '...'."""
    repr_running = set()

    def wrapper(self):
        key = id(self)
        if key in repr_running:
            return '...'
        repr_running.add(key)
        try:
            result = user_function(self)
        finally:
            repr_running.discard(key)
        return result

    for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
        try:
            setattr(wrapper, attr, getattr(user_function, attr))
        except (AttributeError, TypeError):
            pass
    wrapper.__wrapped__ = user_function
    return wrapper


def _is_classvar(a_type):
    typing = _sys.modules.get('typing')
    if typing is None:
        return False
    cv = getattr(typing, 'ClassVar', None)
    if cv is None:
        return False
    return a_type is cv or getattr(a_type, '__origin__', None) is cv


def _is_initvar(a_type):
    return a_type is InitVar or type(a_type) is InitVar


def _is_kw_only(a_type):
    return a_type is KW_ONLY


def _string_kind(annotation):
    """'classvar', 'initvar', 'kw_only' or None for a string annotation."""
    text = annotation.strip()
    for prefix in ('typing.', 'dataclasses.', 't.', 'dc.'):
        if text.startswith(prefix):
            text = text[len(prefix):]
            break
    if text == 'ClassVar' or text.startswith('ClassVar['):
        return 'classvar'
    if text == 'InitVar' or text.startswith('InitVar['):
        return 'initvar'
    if text == 'KW_ONLY':
        return 'kw_only'
    return None


def _get_field(cls, a_name, a_type, default_kw_only):
    default = cls.__dict__.get(a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    kind = _string_kind(a_type) if isinstance(a_type, str) else None
    if kind == 'classvar' or _is_classvar(a_type):
        f._field_type = _FIELD_CLASSVAR
    elif kind == 'initvar' or _is_initvar(a_type):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a default factory')
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        if f.kw_only is not MISSING:
            raise TypeError(f'field {f.name} is a ClassVar but specifies kw_only')
    if f._field_type is _FIELD and f.default is not MISSING and (
            isinstance(f.default, (list, dict, set))
            or getattr(type(f.default), '__hash__', 0) is None):
        raise ValueError(f'mutable default {type(f.default)} for field {f.name} is not allowed: '
                         'use default_factory')
    return f


def _format_annotation(annotation):
    """An annotation as inspect.signature shows it."""
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    return repr(annotation)


def _signature_text(std_fields, kw_fields):
    """The parameters of the generated __init__ as str(inspect.signature(cls)) shows
    them (for the default docstring)."""
    def one(f):
        text = f'{f.name}: {_format_annotation(f.type)}'
        if f.default_factory is not MISSING:
            return text + ' = <factory>'
        if f.default is not MISSING:
            return text + ' = ' + repr(f.default)
        return text
    parts = [one(f) for f in std_fields]
    if kw_fields:
        parts.append('*')
        parts.extend(one(f) for f in kw_fields)
    return ', '.join(parts)


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _assign(frozen, name, value):
    if frozen:
        return f'__dataclass_object__.__setattr__(self, {name!r}, {value})'
    return f'self.{name} = {value}'


def _tuple_str(obj_name, flds):
    if not flds:
        return '()'
    return f'({",".join([f"{obj_name}.{f.name}" for f in flds])},)'


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                   slots, weakref_slot=False):
    fields_ = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields_[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True

    cls_annotations = cls.__dict__.get('__annotations__', {})
    cls_fields = []
    KW_ONLY_seen = False
    for name, type_ in cls_annotations.items():
        if _is_kw_only(type_) or (isinstance(type_, str) and _string_kind(type_) == 'kw_only'):
            if KW_ONLY_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY '
                                'has already been specified')
            KW_ONLY_seen = True
            kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, type_, kw_only))

    for f in cls_fields:
        fields_[f.name] = f
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, fields_)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    qualname = cls.__qualname__
    globals_ = {'MISSING': MISSING, '_HAS_DEFAULT_FACTORY': _HAS_DEFAULT_FACTORY,
                '__dataclass_object__': object,
                'FrozenInstanceError': FrozenInstanceError}
    all_init_fields = [f for f in fields_.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    field_list = [f for f in fields_.values() if f._field_type is _FIELD]
    std_init_fields = [f for f in all_init_fields if f.init and not f.kw_only]
    kw_only_init_fields = [f for f in all_init_fields if f.init and f.kw_only]

    if init:
        seen_default = False
        for f in std_init_fields:
            if f.default is MISSING and f.default_factory is MISSING:
                if seen_default:
                    raise TypeError(f'non-default argument {f.name!r} '
                                    'follows default argument')
            else:
                seen_default = True

        def param(f):
            if f.default is MISSING and f.default_factory is MISSING:
                return f.name
            if f.default_factory is not MISSING:
                return f'{f.name}=_HAS_DEFAULT_FACTORY'
            globals_[f'__dataclass_dflt_{f.name}__'] = f.default
            return f'{f.name}=__dataclass_dflt_{f.name}__'

        body = []
        for f in all_init_fields:
            if f._field_type is _FIELD_INITVAR:
                continue
            if f.default_factory is not MISSING:
                globals_[f'__dataclass_factory_{f.name}__'] = f.default_factory
                if f.init:
                    value = (f'__dataclass_factory_{f.name}__() '
                             f'if {f.name} is _HAS_DEFAULT_FACTORY else {f.name}')
                else:
                    value = f'__dataclass_factory_{f.name}__()'
            elif f.init:
                value = f.name
            elif f.default is not MISSING:
                globals_[f'__dataclass_dflt_{f.name}__'] = f.default
                value = f'__dataclass_dflt_{f.name}__'
            else:
                continue
            body.append(_assign(frozen, f.name, value))
        if hasattr(cls, _POST_INIT_NAME):
            params_str = ','.join(f.name for f in all_init_fields
                                  if f._field_type is _FIELD_INITVAR)
            body.append(f'self.{_POST_INIT_NAME}({params_str})')
        args = ['self'] + [param(f) for f in std_init_fields]
        if kw_only_init_fields:
            args = args + ['*'] + [param(f) for f in kw_only_init_fields]
        _set_new_attribute(cls, '__init__', _make_fn('__init__', args, body, globals_, qualname))

    if repr:
        shown = [f for f in field_list if f.repr]
        parts = ', '.join(f'{f.name}={{self.{f.name}!r}}' for f in shown)
        fn = _make_fn('__repr__', ['self'],
                      [f'return f"{{self.__class__.__qualname__}}({parts})"'], globals_, qualname)
        # As CPython names them (pprint recognises generated reprs by this).
        fn.__qualname__ = '__create_fn__.<locals>.__repr__'
        wrapper = _recursive_repr(fn)
        wrapper.__qualname__ = f'{qualname}.__repr__'
        _set_new_attribute(cls, '__repr__', wrapper)

    compared = [f for f in field_list if f.compare]
    self_tuple = _tuple_str('self', compared)
    other_tuple = _tuple_str('other', compared)
    if eq:
        _set_new_attribute(cls, '__eq__', _make_fn(
            '__eq__', ['self', 'other'],
            ['if other.__class__ is self.__class__:',
             f'  return {self_tuple}=={other_tuple}',
             'return NotImplemented'], globals_, qualname))
    if order:
        for name, op in [('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')]:
            fn = _make_fn(name, ['self', 'other'],
                          ['if other.__class__ is self.__class__:',
                           f'  return {self_tuple}{op}{other_tuple}',
                           'return NotImplemented'], globals_, qualname)
            if _set_new_attribute(cls, name, fn):
                raise TypeError(f'Cannot overwrite attribute {name} '
                                f'in class {cls.__name__}. Consider using '
                                'functools.total_ordering')
    if frozen:
        globals_['__dataclass_cls__'] = cls
        globals_['__dataclass_field_names__'] = tuple(f.name for f in field_list)
        for name, fn in [
            ('__setattr__', _make_fn(
                '__setattr__', ['self', 'name', 'value'],
                ['if type(self) is __dataclass_cls__ or name in __dataclass_field_names__:',
                 '  raise FrozenInstanceError(f"cannot assign to field {name!r}")',
                 'super(__dataclass_cls__, self).__setattr__(name, value)'],
                globals_, qualname)),
            ('__delattr__', _make_fn(
                '__delattr__', ['self', 'name'],
                ['if type(self) is __dataclass_cls__ or name in __dataclass_field_names__:',
                 '  raise FrozenInstanceError(f"cannot delete field {name!r}")',
                 'super(__dataclass_cls__, self).__delattr__(name)'],
                globals_, qualname))]:
            if _set_new_attribute(cls, name, fn):
                raise TypeError(f'Cannot overwrite attribute {name} '
                                f'in class {cls.__name__}')

    hashed = [f for f in field_list if (f.compare if f.hash is None else f.hash)]
    hash_fn = None
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        hash_fn = 'add'
    elif eq and frozen:
        if not has_explicit_hash:
            hash_fn = 'add'
    elif eq:
        if not has_explicit_hash:
            hash_fn = 'none'
    if hash_fn == 'add':
        cls.__hash__ = _make_fn('__hash__', ['self'],
                                [f'return hash({_tuple_str("self", hashed)})'],
                                globals_, qualname)
    elif hash_fn == 'none':
        cls.__hash__ = None

    if not getattr(cls, '__doc__', None):
        try:
            text = _signature_text(std_init_fields, kw_only_init_fields) if init else ''
        except Exception:
            text = ', '.join(f.name for f in all_init_fields if f.init)
        cls.__doc__ = cls.__name__ + '(' + text + ')'

    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in std_init_fields))

    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)
        if frozen:
            globals_['__dataclass_cls__'] = cls
    return cls


def _get_slots(cls):
    slots = cls.__dict__.get('__slots__')
    if slots is None:
        return ()
    if isinstance(slots, str):
        return (slots,)
    return tuple(slots)


def _dataclass_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _dataclass_setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def _add_slots(cls, is_frozen, weakref_slot):
    """A new class like cls but with __slots__ for the fields (and so no __dict__)."""
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited_slots = set()
    for base in cls.__mro__[1:-1]:
        inherited_slots.update(_get_slots(base))
    slots_ = [name for name in field_names if name not in inherited_slots]
    if weakref_slot and '__weakref__' not in inherited_slots:
        slots_.append('__weakref__')
    cls_dict['__slots__'] = tuple(slots_)
    for field_name in field_names:
        cls_dict.pop(field_name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname
    if is_frozen:
        if '__getstate__' not in cls_dict:
            cls.__getstate__ = _dataclass_getstate
        if '__setstate__' not in cls_dict:
            cls.__setstate__ = _dataclass_setstate
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Add dunder methods based on the fields defined in the class."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots, weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


def _deepcopy(obj):
    try:
        import copy
    except ImportError:
        return obj
    return copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    """Return the fields of a dataclass instance as a new dictionary, recursing into
    dataclasses, lists, tuples and dicts."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            value = _asdict_inner(getattr(obj, f.name), dict_factory)
            result.append((f.name, value))
        return dict_factory(result)
    elif isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    elif isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    elif isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory),
                          _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    else:
        return _deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """Return the fields of a dataclass instance as a new tuple, recursing into
    dataclasses, lists, tuples and dicts."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            value = _astuple_inner(getattr(obj, f.name), tuple_factory)
            result.append(value)
        return tuple_factory(result)
    elif isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    elif isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    elif isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    else:
        return _deepcopy(obj)


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with '
                                 'init=False, it cannot be specified with '
                                 'replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} "
                                 'must be specified with replace()')
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def _calculate_meta(bases):
    meta = type
    for base in bases:
        base_meta = type(base)
        if issubclass(meta, base_meta):
            continue
        if issubclass(base_meta, meta):
            meta = base_meta
            continue
        raise TypeError('metaclass conflict: the metaclass of a derived class must be a '
                        '(non-strict) subclass of the metaclasses of all its bases')
    return meta


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False):
    """Return a new dynamically created dataclass."""
    if namespace is None:
        namespace = {}
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = 'typing.Any'
        elif len(item) == 2:
            name, tp, = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if name in ('False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
                    'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
                    'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda',
                    'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while',
                    'with', 'yield'):
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')
        seen.add(name)
        annotations[name] = tp
    ns = dict(namespace)
    ns.update(defaults)
    ns['__annotations__'] = annotations
    bases = tuple(bases)
    ns.setdefault('__qualname__', cls_name)
    cls = _calculate_meta(bases)(cls_name, bases, ns)
    cls.__qualname__ = cls_name
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)
