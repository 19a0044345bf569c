"""Abstract base classes: a class whose metaclass is ABCMeta cannot be instantiated
while it has abstract methods (marked with @abstractmethod) that no subclass overrode.

CPython makes the check in object.__new__; here ABCMeta.__call__ makes it.
"""


def abstractmethod(funcobj):
    """Mark a method abstract: classes made by ABCMeta that do not override it cannot
    be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def _is_abstract(value):
    if isinstance(value, property):
        return any(_is_abstract(f) for f in (value.fget, value.fset, value.fdel) if f)
    func = getattr(value, "__func__", value)
    return getattr(func, "__isabstractmethod__", False)


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    """Deprecated spelling of @property over @abstractmethod."""
    if fget is not None:
        fget.__isabstractmethod__ = True
    return property(fget, fset, fdel, doc)


def abstractclassmethod(func):
    func.__isabstractmethod__ = True
    return classmethod(func)


def abstractstaticmethod(func):
    func.__isabstractmethod__ = True
    return staticmethod(func)


class ABCMeta(type):
    """Metaclass for abstract base classes; also keeps `register`ed virtual subclasses."""

    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = {name for name, value in namespace.items() if _is_abstract(value)}
        for base in bases:
            for name in getattr(base, "__abstractmethods__", ()):
                if _is_abstract(getattr(cls, name, None)):
                    abstracts.add(name)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_registry = []
        cls._abc_subclasses = []
        for base in bases:
            if isinstance(type(base), ABCMeta) or type(base) is ABCMeta:
                base._abc_subclasses.append(cls)
        return cls

    def __call__(cls, *args, **kwargs):
        # As object.__new__: surplus arguments are reported before abstract methods.
        surplus = (args or kwargs) and cls.__init__ is object.__init__
        if cls.__abstractmethods__ and not surplus:
            missing = sorted(cls.__abstractmethods__)
            s = "s" if len(missing) > 1 else ""
            raise TypeError(
                f"Can't instantiate abstract class {cls.__name__} "
                f"with abstract method{s} {', '.join(missing)}"
            )
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        """Register a virtual subclass: isinstance and issubclass then accept it."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        cls._abc_registry.append(subclass)
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        """A real subclass, one that __subclasshook__ accepts, or one registered with
        this class or with one of its ABC subclasses. (The interpreter asks only when
        the class is not a real subclass.)"""
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        if cls in subclass.__mro__:
            return True
        hook = getattr(cls, "__subclasshook__", None)
        if hook is not None:
            answer = hook(subclass)
            if answer is not NotImplemented:
                return bool(answer)
        for registered in cls._abc_registry:
            if issubclass(subclass, registered):
                return True
        for derived in cls._abc_subclasses:
            if issubclass(subclass, derived):
                return True
        return False


class ABC(metaclass=ABCMeta):
    """Helper class: subclass it to get ABCMeta as the metaclass."""

    __slots__ = ()


def get_cache_token():
    return 0
