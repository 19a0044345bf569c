"""Data classes: generate __init__, __repr__, __eq__ and friends from annotations.

Implemented for gilpy.  Generated methods are made by compiling small pieces of
source text, so argument errors and signatures look exactly like those of
hand-written methods.
"""

import sys
import copy as _copy_mod

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


class FrozenInstanceError(AttributeError):
    """Raised when assigning to a field of a frozen dataclass instance."""


class _Marker:
    """Base for the module's singleton sentinels."""
    __slots__ = ()


class _MISSING_TYPE(_Marker):
    pass


class _KW_ONLY_TYPE(_Marker):
    pass


class _FactorySentinel(_Marker):
    def __repr__(self):
        return '<factory>'


MISSING = _MISSING_TYPE()
KW_ONLY = _KW_ONLY_TYPE()
_USE_FACTORY = _FactorySentinel()


class _Kind:
    __slots__ = ('label',)

    def __init__(self, label):
        self.label = label

    def __repr__(self):
        return self.label


_FIELD = _Kind('_FIELD')
_FIELD_CLASSVAR = _Kind('_FIELD_CLASSVAR')
_FIELD_INITVAR = _Kind('_FIELD_INITVAR')

_RESERVED_WORDS = frozenset(
    'False None True and as assert async await break class continue def del elif else '
    'except finally for from global if import in is lambda nonlocal not or pass raise '
    'return try while with yield'.split())


def _frozen_mapping(data):
    try:
        from types import MappingProxyType
    except ImportError:
        return dict(data)
    return MappingProxyType(data)


class InitVar:
    """Marks an annotation as an init-only pseudo-field."""
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        t = self.type
        if isinstance(t, type):
            shown = t.__name__
        else:
            shown = repr(t)
        return 'dataclasses.InitVar[%s]' % shown

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """Description of one dataclass field."""
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata,
                 kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        if metadata is None:
            metadata = {}
        self.metadata = _frozen_mapping(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        parts = ['name=%r' % (self.name,), 'type=%r' % (self.type,),
                 'default=%r' % (self.default,), 'default_factory=%r' % (self.default_factory,),
                 'init=%r' % (self.init,), 'repr=%r' % (self.repr,), 'hash=%r' % (self.hash,),
                 'compare=%r' % (self.compare,), 'metadata=%r' % (self.metadata,),
                 'kw_only=%r' % (self.kw_only,), '_field_type=%r' % (self._field_type,)]
        return 'Field(' + ','.join(parts) + ')'

    def __set_name__(self, owner, name):
        hook = getattr(type(self.default), '__set_name__', None)
        if hook is not None:
            hook(self.default, owner, name)


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
        return ('_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r)'
                % (self.init, self.repr, self.eq, self.order, self.unsafe_hash, self.frozen))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Customise one field of a dataclass."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def fields(class_or_instance):
    """Tuple of the real fields (no ClassVar / InitVar) of a dataclass or instance."""
    try:
        table = getattr(class_or_instance, '__dataclass_fields__')
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in table.values() if f._field_type is _FIELD)


def _instance_of_dataclass(obj):
    return hasattr(type(obj), '__dataclass_fields__')


def is_dataclass(obj):
    """True for a dataclass or an instance of one."""
    klass = obj if isinstance(obj, type) else type(obj)
    return hasattr(klass, '__dataclass_fields__')


# ---------------------------------------------------------------------------
# annotation classification
# ---------------------------------------------------------------------------

def _typing_special(annotation, name):
    typing = sys.modules.get('typing')
    if typing is None:
        return False
    target = getattr(typing, name, None)
    if target is None:
        return False
    if annotation is target:
        return True
    return getattr(annotation, '__origin__', None) is target


def _string_names(annotation, names):
    if not isinstance(annotation, str):
        return False
    head = annotation.strip().split('[', 1)[0].strip()
    return head in names


def _is_classvar(annotation):
    return (_typing_special(annotation, 'ClassVar')
            or _string_names(annotation, ('ClassVar', 'typing.ClassVar', 't.ClassVar')))


def _is_initvar(annotation):
    return (annotation is InitVar or isinstance(annotation, InitVar)
            or _string_names(annotation, ('InitVar', 'dataclasses.InitVar')))


def _is_kw_only_marker(annotation):
    return (annotation is KW_ONLY
            or _string_names(annotation, ('KW_ONLY', 'dataclasses.KW_ONLY')))


def _unhashable_type(kind):
    hasher = getattr(kind, '__hash__', None)
    if hasher is None:
        return True
    # the builtin mutable containers, even where the runtime gives them a slot
    for mutable in (list, dict, set):
        if issubclass(kind, mutable) and hasher is mutable.__hash__:
            return True
    return False


def _build_field(cls, name, annotation, kw_only_default):
    value = cls.__dict__.get(name, MISSING)
    if isinstance(value, Field):
        f = value
    else:
        if isinstance(value, type(_frozen_mapping.__code__)):
            value = MISSING
        f = field(default=value)
    f.name = name
    f.type = annotation
    if _is_classvar(annotation):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(annotation):
        f._field_type = _FIELD_INITVAR
    else:
        f._field_type = _FIELD
    if f._field_type is not _FIELD:
        if f.default_factory is not MISSING:
            raise TypeError('field %s cannot have a default factory' % (name,))
    if f._field_type is _FIELD_CLASSVAR:
        f.kw_only = False
    elif f.kw_only is MISSING:
        f.kw_only = kw_only_default
    if f._field_type is _FIELD and f.default is not MISSING:
        if _unhashable_type(type(f.default)):
            raise ValueError('mutable default %r for field %s is not allowed: use default_factory'
                             % (type(f.default), name))
    return f


# ---------------------------------------------------------------------------
# source generation
# ---------------------------------------------------------------------------

def _compile(name, params, lines, env, owner_qualname, extra='', rename=True):
    """Compile `def name(params): lines` with `env` as its globals."""
    text = 'def __create_fn__():\n'
    text += ' def %s(%s)%s:\n' % (name, ', '.join(params), extra)
    for line in (lines or ['pass']):
        text += '  ' + line + '\n'
    text += ' return %s\n' % name
    space = dict(env)
    exec(text, space)
    fn = space['__create_fn__']()
    if rename:
        fn.__qualname__ = '%s.%s' % (owner_qualname, name)
    return fn


def _show_annotation(annotation):
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    return repr(annotation)


def _doc_signature(positional, keyword):
    def piece(f):
        text = '%s: %s' % (f.name, _show_annotation(f.type))
        if f.default is not MISSING:
            text += ' = %r' % (f.default,)
        elif f.default_factory is not MISSING:
            text += ' = <factory>'
        return text
    items = [piece(f) for f in positional]
    if keyword:
        items.append('*')
        items.extend(piece(f) for f in keyword)
    return '(' + ', '.join(items) + ')'


def _make_init(all_fields, positional, keyword, frozen, has_post_init, qualname, globs):
    env = {'__dc_missing': MISSING, '__dc_factory_marker': _USE_FACTORY,
           '__dc_setter': object.__setattr__}
    env.update(globs)

    def param(f):
        if f.default is not MISSING:
            env['__dc_def_' + f.name] = f.default
            return '%s=__dc_def_%s' % (f.name, f.name)
        if f.default_factory is not MISSING:
            return '%s=__dc_factory_marker' % (f.name,)
        return f.name

    def store(name, expr):
        if frozen:
            return '__dc_setter(self, %r, %s)' % (name, expr)
        return 'self.%s = %s' % (name, expr)

    body = []
    for f in all_fields:
        if f._field_type is not _FIELD:
            continue
        if f.default_factory is not MISSING:
            env['__dc_make_' + f.name] = f.default_factory
            if f.init:
                expr = '__dc_make_%s() if %s is __dc_factory_marker else %s' % (f.name, f.name, f.name)
            else:
                expr = '__dc_make_%s()' % (f.name,)
            body.append(store(f.name, expr))
        elif f.init:
            body.append(store(f.name, f.name))
    if has_post_init:
        extra_args = ', '.join(f.name for f in all_fields if f._field_type is _FIELD_INITVAR)
        body.append('self.__post_init__(%s)' % extra_args)
    params = ['self'] + [param(f) for f in positional]
    if keyword:
        params.append('*')
        params.extend(param(f) for f in keyword)
    return _compile('__init__', params, body, env, qualname, ' -> None')


def _make_repr(shown, qualname):
    pieces = ' + ", " + '.join('%r + repr(self.%s)' % (f.name + '=', f.name) for f in shown)
    if not pieces:
        pieces = '""'
    inner = _compile('__repr__', ['self'],
                     ['return self.__class__.__qualname__ + "(" + %s + ")"' % pieces],
                     {}, qualname, rename=False)
    running = set()

    def __repr__(self):
        token = (id(self), _current_thread())
        if token in running:
            return '...'
        running.add(token)
        try:
            return inner(self)
        finally:
            running.discard(token)
    __repr__.__wrapped__ = inner
    __repr__.__name__ = inner.__name__
    __repr__.__qualname__ = qualname + '.__repr__'
    __repr__.__doc__ = inner.__doc__
    return __repr__


def _current_thread():
    mod = sys.modules.get('_thread')
    if mod is None:
        return 0
    return mod.get_ident()


def _tuple_text(prefix, flds):
    if not flds:
        return '()'
    return '(' + ''.join('%s.%s,' % (prefix, f.name) for f in flds) + ')'


def _make_compare(name, op, flds, qualname):
    lines = ['if other.__class__ is self.__class__:',
             ' return %s %s %s' % (_tuple_text('self', flds), op, _tuple_text('other', flds)),
             'return NotImplemented']
    return _compile(name, ['self', 'other'], lines, {}, qualname)


def _make_hash(flds, qualname):
    return _compile('__hash__', ['self'], ['return hash(%s)' % _tuple_text('self', flds)],
                    {}, qualname)


def _make_frozen_guards(holder, names, qualname):
    def __setattr__(self, name, value):
        if type(self) is holder[0] or name in names:
            raise FrozenInstanceError('cannot assign to field %r' % (name,))
        super(holder[0], self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is holder[0] or name in names:
            raise FrozenInstanceError('cannot delete field %r' % (name,))
        super(holder[0], self).__delattr__(name)
    __setattr__.__qualname__ = qualname + '.__setattr__'
    __delattr__.__qualname__ = qualname + '.__delattr__'
    return __setattr__, __delattr__


def _put(cls, name, value):
    """Set an attribute unless the class body defined it; report whether it was set."""
    if name in cls.__dict__:
        return False
    setattr(cls, name, value)
    return True


# ---------------------------------------------------------------------------
# the decorator
# ---------------------------------------------------------------------------

def _own_annotations(cls):
    ann = cls.__dict__.get('__annotations__')
    if ann is None:
        return {}
    return ann


def _process(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
             slots, weakref_slot):
    table = {}
    module = sys.modules.get(cls.__module__)
    globs = dict(module.__dict__) if module is not None and hasattr(module, '__dict__') else {}

    setattr(cls, '__dataclass_params__',
            _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    saw_base = False
    any_frozen_base = False
    all_frozen_bases = None
    for base in cls.__mro__[-1:0:-1]:
        base_table = base.__dict__.get('__dataclass_fields__')
        if base_table is not None:
            saw_base = True
            for f in base_table.values():
                table[f.name] = f
            base_frozen = base.__dict__['__dataclass_params__'].frozen
            if base_frozen:
                any_frozen_base = True
            if all_frozen_bases is None:
                all_frozen_bases = True
            if not base_frozen:
                all_frozen_bases = False

    own = []
    marker_seen = None
    kw_default = kw_only
    for name, annotation in _own_annotations(cls).items():
        if _is_kw_only_marker(annotation):
            if marker_seen is not None:
                raise TypeError('%r is KW_ONLY, but KW_ONLY has already been specified' % (name,))
            marker_seen = name
            kw_default = True
            continue
        own.append(_build_field(cls, name, annotation, kw_default))

    for f in own:
        table[f.name] = f
        current = cls.__dict__.get(f.name, MISSING)
        if isinstance(current, Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in _own_annotations(cls):
            raise TypeError('%r is a field but has no type annotation' % (name,))

    if saw_base:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not all_frozen_bases and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, '__dataclass_fields__', table)

    explicit_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (explicit_hash is MISSING
                             or (explicit_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    qualname = cls.__qualname__
    real = [f for f in table.values() if f._field_type is _FIELD]
    init_fields = [f for f in table.values() if f._field_type is not _FIELD_CLASSVAR]
    positional = [f for f in init_fields if f.init and not f.kw_only]
    keyword = [f for f in init_fields if f.init and f.kw_only]

    if init:
        defaulted = False
        for f in positional:
            if f.default is not MISSING or f.default_factory is not MISSING:
                defaulted = True
            elif defaulted:
                raise TypeError('non-default argument %r follows default argument' % (f.name,))
        has_post = hasattr(cls, '__post_init__')
        _put(cls, '__init__', _make_init(init_fields, positional, keyword, frozen,
                                         has_post, qualname, globs))

    if repr:
        _put(cls, '__repr__', _make_repr([f for f in real if f.repr], qualname))

    compared = [f for f in real if f.compare]
    if eq:
        _put(cls, '__eq__', _make_compare('__eq__', '==', compared, qualname))

    if order:
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')):
            if not _put(cls, name, _make_compare(name, op, compared, qualname)):
                raise TypeError('Cannot overwrite attribute %s in class %s. Consider using '
                                'functools.total_ordering' % (name, cls.__name__))

    holder = [cls]
    if frozen:
        setter, deleter = _make_frozen_guards(holder, frozenset(f.name for f in real), qualname)
        for name, fn in (('__setattr__', setter), ('__delattr__', deleter)):
            if not _put(cls, name, fn):
                raise TypeError('Cannot overwrite attribute %s in class %s' % (name, cls.__name__))

    hashed = [f for f in real if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError('Cannot overwrite attribute __hash__ in class %s' % (cls.__name__,))
        cls.__hash__ = _make_hash(hashed, qualname)
    elif eq and not has_explicit_hash:
        if frozen:
            cls.__hash__ = _make_hash(hashed, qualname)
        else:
            cls.__hash__ = None

    if not getattr(cls, '__doc__'):
        sig = _doc_signature(positional, keyword) if init else ''
        cls.__doc__ = cls.__name__ + sig

    if match_args:
        _put(cls, '__match_args__', tuple(f.name for f in positional))

    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _with_slots(cls, frozen, weakref_slot)
        holder[0] = cls

    abc = sys.modules.get('abc')
    if abc is not None and hasattr(abc, 'update_abstractmethods'):
        try:
            abc.update_abstractmethods(cls)
        except Exception:
            pass
    return cls


def _inherited_slot_names(cls):
    found = set()
    for base in cls.__mro__[1:-1]:
        declared = base.__dict__.get('__slots__')
        if declared is None:
            continue
        if isinstance(declared, str):
            declared = (declared,)
        found.update(declared)
    return found


def _frozen_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _frozen_setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def _with_slots(cls, frozen, weakref_slot):
    if '__slots__' in cls.__dict__:
        raise TypeError('%s already specifies __slots__' % (cls.__name__,))
    ns = dict(cls.__dict__)
    names = tuple(f.name for f in fields(cls))
    taken = _inherited_slot_names(cls)
    slot_list = [n for n in names if n not in taken]
    if weakref_slot and '__weakref__' not in taken:
        slot_list.append('__weakref__')
    ns['__slots__'] = tuple(slot_list)
    for n in names:
        ns.pop(n, None)
    ns.pop('__dict__', None)
    ns.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    fresh = type(cls)(cls.__name__, cls.__bases__, ns)
    if qualname is not None:
        fresh.__qualname__ = qualname
    if frozen:
        if '__getstate__' not in ns:
            fresh.__getstate__ = _frozen_getstate
        if '__setstate__' not in ns:
            fresh.__setstate__ = _frozen_setstate
    return fresh


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Turn a class with annotated attributes into a dataclass."""
    def apply(target):
        return _process(target, init, repr, eq, order, unsafe_hash, frozen, match_args,
                        kw_only, slots, weakref_slot)
    if cls is None:
        return apply
    return apply(cls)


# ---------------------------------------------------------------------------
# conversion helpers
# ---------------------------------------------------------------------------

def _convert(value, build):
    if _instance_of_dataclass(value):
        return build(value)
    if isinstance(value, tuple) and hasattr(value, '_fields'):
        return type(value)(*[_convert(v, build) for v in value])
    if isinstance(value, (list, tuple)):
        return type(value)(_convert(v, build) for v in value)
    if isinstance(value, dict):
        return type(value)((_convert(k, build), _convert(v, build)) for k, v in value.items())
    return _copy_mod.deepcopy(value)


def asdict(obj, *, dict_factory=dict):
    """Recursively convert a dataclass instance into a dict (values deep-copied)."""
    if not _instance_of_dataclass(obj):
        raise TypeError('asdict() should be called on dataclass instances')

    def build(inst):
        return dict_factory([(f.name, _convert(getattr(inst, f.name), build))
                             for f in fields(inst)])
    return build(obj)


def astuple(obj, *, tuple_factory=tuple):
    """Recursively convert a dataclass instance into a tuple (values deep-copied)."""
    if not _instance_of_dataclass(obj):
        raise TypeError('astuple() should be called on dataclass instances')

    def build(inst):
        return tuple_factory([_convert(getattr(inst, f.name), build) for f in fields(inst)])
    return build(obj)


def replace(obj, /, **changes):
    """A new instance of obj's class with some fields changed."""
    if not _instance_of_dataclass(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in type(obj).__dataclass_fields__.values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError('field %s is declared with init=False, it cannot be '
                                 'specified with replace()' % (f.name,))
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError('InitVar %r must be specified with replace()' % (f.name,))
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def _pick_metaclass(bases):
    chosen = type
    for b in bases:
        mt = type(b)
        if issubclass(chosen, mt):
            continue
        if issubclass(mt, chosen):
            chosen = mt
            continue
        raise TypeError('metaclass conflict: the metaclass of a derived class must be a '
                        '(non-strict) subclass of the metaclasses of all its bases')
    return chosen


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False):
    """Create a dataclass named cls_name from a list of field specifications."""
    ns = {} if namespace is None else dict(namespace)
    seen = set()
    annotations = {}
    for spec in fields:
        if isinstance(spec, str):
            name, kind = spec, 'typing.Any'
        elif len(spec) == 2:
            name, kind = spec
        elif len(spec) == 3:
            name, kind, extra = spec
            ns[name] = extra
        else:
            raise TypeError('Invalid field: %r' % (spec,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError('Field names must be valid identifiers: %r' % (name,))
        if name in _RESERVED_WORDS:
            raise TypeError('Field names must not be keywords: %r' % (name,))
        if name in seen:
            raise TypeError('Field name duplicated: %r' % (name,))
        seen.add(name)
        annotations[name] = kind
    ns['__annotations__'] = annotations
    ns.setdefault('__module__', 'types')
    meta = _pick_metaclass(bases)
    cls = meta(cls_name, tuple(bases), ns)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)
