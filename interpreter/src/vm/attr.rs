//! Attribute access: instances (descriptors on the type first, then the instance dict,
//! then the type), classes, modules, functions, and values of built-in types (whose
//! methods live in their type's dict). `load_method` is the allocation-free variant used
//! by `obj.method(...)` calls.

use super::Vm;
use crate::object::pystr::intern;
use crate::object::{Args, Class, Descriptor, Instance, PyResult, PyStr, Value};
use std::sync::Arc;

impl Vm {
    pub fn get_attr(&mut self, obj: &Value, name: &Arc<PyStr>) -> PyResult<Value> {
        match obj {
            Value::Instance(inst) => self.instance_getattr(obj, inst, name),
            Value::Class(c) => self.class_getattr(c, name),
            Value::Module(m) => {
                if let Some(v) = m.dict.get(&self.py).get_str(name) {
                    return Ok(v.clone());
                }
                if name.as_str() == "__dict__" {
                    return Ok(Value::Dict(m.dict.clone()));
                }
                Err(self.no_attribute(obj, name.as_str()))
            }
            Value::Function(f) => {
                if let Some(v) = f.dict.get(&self.py).get_str(name) {
                    return Ok(v.clone());
                }
                match name.as_str() {
                    "__code__" => Ok(Value::Code(f.code.clone())),
                    "__defaults__" if f.defaults.is_empty() => Ok(Value::None),
                    "__defaults__" => Ok(Value::tuple(f.defaults.clone())),
                    "__kwdefaults__" if f.kwdefaults.is_empty() => Ok(Value::None),
                    "__kwdefaults__" => {
                        let mut d = crate::object::Dict::new();
                        for (k, v) in &f.kwdefaults {
                            d.set_str(k.clone(), v.clone());
                        }
                        Ok(Value::dict(d))
                    }
                    "__globals__" => Ok(Value::Dict(f.globals.clone())),
                    "__dict__" => Ok(Value::dict(f.dict.get(&self.py).clone())),
                    _ => self.generic_getattr(obj, name),
                }
            }
            Value::BoundMethod(m) => match name.as_str() {
                "__self__" => Ok(m.receiver.clone()),
                "__func__" => Ok(m.func.clone()),
                _ => {
                    let func = m.func.clone();
                    self.get_attr(&func, name)
                }
            },
            Value::Native(n) => match n.get_attr(self, name) {
                Some(r) => r,
                None => self.generic_getattr(obj, name),
            },
            Value::Code(c) => {
                let names = |v: &[Arc<PyStr>]| {
                    Value::tuple(v.iter().map(|n| Value::Str(n.clone())).collect())
                };
                match name.as_str() {
                    "co_name" => Ok(Value::Str(c.name.clone())),
                    "co_qualname" => Ok(Value::Str(c.qualname.clone())),
                    "co_filename" => Ok(Value::str(&c.filename)),
                    "co_firstlineno" => Ok(Value::Int(c.firstlineno as i64)),
                    "co_argcount" => Ok(Value::Int(c.argcount as i64)),
                    "co_posonlyargcount" => Ok(Value::Int(c.posonlyargcount as i64)),
                    "co_kwonlyargcount" => Ok(Value::Int(c.kwonlyargcount as i64)),
                    "co_nlocals" => Ok(Value::Int(c.varnames.len() as i64)),
                    "co_flags" => Ok(Value::Int(c.flags as i64)),
                    "co_varnames" => Ok(names(&c.varnames)),
                    "co_names" => Ok(names(&c.names)),
                    "co_cellvars" => Ok(names(&c.cellvars)),
                    "co_freevars" => Ok(names(&c.freevars)),
                    "co_consts" => Ok(Value::tuple(c.consts.clone())),
                    _ => self.generic_getattr(obj, name),
                }
            }
            Value::Descriptor(d) => match (&**d, name.as_str()) {
                (Descriptor::Property { fget, .. }, "fget") => Ok(fget.clone()),
                (Descriptor::Property { fset, .. }, "fset") => Ok(fset.clone()),
                (Descriptor::Property { fdel, .. }, "fdel") => Ok(fdel.clone()),
                (Descriptor::Property { doc, .. }, "__doc__") => Ok(doc.clone()),
                (Descriptor::StaticMethod(f) | Descriptor::ClassMethod(f), "__func__") => {
                    Ok(f.clone())
                }
                (_, "__get__") => Ok(Value::BoundMethod(Arc::new(crate::object::BoundMethod {
                    receiver: obj.clone(),
                    func: crate::builtins::native(
                        "__get__",
                        crate::builtins::object::descriptor_get,
                    ),
                }))),
                // Abstract if the wrapped function is (abc.abstractmethod under
                // @property, @classmethod or @staticmethod).
                (Descriptor::Property { fget: f, .. }, "__isabstractmethod__")
                | (
                    Descriptor::StaticMethod(f) | Descriptor::ClassMethod(f),
                    "__isabstractmethod__",
                ) => match self.get_attr(f, name) {
                    Ok(v) => Ok(v),
                    Err(_) => Ok(Value::Bool(false)),
                },
                _ => self.generic_getattr(obj, name),
            },
            _ => self.generic_getattr(obj, name),
        }
    }

    /// `super().name`: search the MRO of the object's class after `start`.
    pub(crate) fn super_getattr(
        &mut self,
        s: &crate::object::Super,
        name: &Arc<PyStr>,
    ) -> PyResult<Value> {
        let mut chain = vec![s.obj_class.clone()];
        chain.extend(s.obj_class.mro.iter().cloned());
        let after = chain
            .iter()
            .position(|c| Arc::ptr_eq(c, &s.start))
            .map_or(chain.len(), |i| i + 1);
        for c in &chain[after..] {
            let found = c.dict.get(&self.py).get_str(name).cloned();
            if let Some(v) = found {
                // `__new__` is a static method: it comes back unbound.
                if name.as_str() == "__new__" {
                    return Ok(v);
                }
                if let (Value::Class(c), Value::Descriptor(d)) = (&s.obj, &v) {
                    if let Descriptor::ClassMethod(f) = &**d {
                        // super() in a class method: bind to the class it was called on.
                        return Ok(Value::BoundMethod(Arc::new(crate::object::BoundMethod {
                            receiver: Value::Class(c.clone()),
                            func: f.clone(),
                        })));
                    }
                }
                let receiver = match &s.obj {
                    Value::Class(_) if matches!(&v, Value::Function(_)) => return Ok(v),
                    obj => obj.clone(),
                };
                return self.bind_from_type(v, &receiver);
            }
        }
        Err(self.attribute_error(format!("'super' object has no attribute '{name}'")))
    }

    /// Attribute of a value of a built-in type: its type's methods, and `__class__`.
    fn generic_getattr(&mut self, obj: &Value, name: &Arc<PyStr>) -> PyResult<Value> {
        let cls = obj.class();
        if let Some(v) = cls.lookup(&self.py, name) {
            return self.bind_from_type(v, obj);
        }
        match name.as_str() {
            "__class__" => Ok(Value::Class(cls)),
            "__name__" => match obj {
                Value::Builtin(b) => Ok(Value::str(b.name)),
                Value::Generator(g) => Ok(Value::Str(g.name.clone())),
                _ => Err(self.no_attribute(obj, name.as_str())),
            },
            "__qualname__" => match obj {
                Value::Builtin(b) => Ok(Value::str(b.name)),
                Value::Generator(g) => Ok(Value::Str(g.qualname.clone())),
                _ => Err(self.no_attribute(obj, name.as_str())),
            },
            "__doc__" => Ok(Value::None),
            _ => Err(self.no_attribute(obj, name.as_str())),
        }
    }

    /// A value found on the type, as seen through an instance.
    fn bind_from_type(&mut self, v: Value, obj: &Value) -> PyResult<Value> {
        match &v {
            Value::Function(_) | Value::Builtin(_) => Ok(self.bind(v, obj.clone())),
            Value::Instance(_) => match self.lookup_special(&v, "__get__") {
                Some(get) => {
                    let owner = Value::Class(obj.class());
                    let bound = self.bind(get, v.clone());
                    self.call(&bound, Args::new(&[obj.clone(), owner]))
                }
                None => Ok(v),
            },
            Value::Descriptor(d) => match &**d {
                Descriptor::Property { fget, .. } => {
                    if fget.is_none() {
                        return Err(self.attribute_error("unreadable attribute"));
                    }
                    let fget = fget.clone();
                    self.call(&fget, Args::new(std::slice::from_ref(obj)))
                }
                _ => Ok(self.bind(v, obj.clone())),
            },
            _ => Ok(v),
        }
    }

    fn instance_getattr(
        &mut self,
        obj: &Value,
        inst: &Arc<Instance>,
        name: &Arc<PyStr>,
    ) -> PyResult<Value> {
        use crate::object::class::{HAS_GETATTR, HAS_PROPERTIES};
        // A property on the type wins over the instance dict; without any, the instance
        // dict is looked at first and the type only on a miss.
        let has_properties = inst.class.has_hook(HAS_PROPERTIES);
        let mut cls_attr = None;
        if has_properties {
            cls_attr = inst.class.lookup(&self.py, name);
            let is_data_descriptor = match &cls_attr {
                Some(Value::Descriptor(d)) => matches!(**d, Descriptor::Property { .. }),
                Some(d @ Value::Instance(_)) => {
                    self.lookup_special(d, "__set__").is_some()
                        || self.lookup_special(d, "__delete__").is_some()
                }
                _ => false,
            };
            if is_data_descriptor {
                return self.bind_from_type(cls_attr.unwrap(), obj);
            }
        }
        if let Some(v) = inst.dict.get(&self.py).get_str(name) {
            return Ok(v.clone());
        }
        if !has_properties {
            cls_attr = inst.class.lookup(&self.py, name);
        }
        if let Some(v) = cls_attr {
            return self.bind_from_type(v, obj);
        }
        match name.as_str() {
            "__class__" => return Ok(Value::Class(inst.class.clone())),
            "__dict__" if !inst.class.has_hook(crate::object::class::HAS_SLOTS) => {
                return Ok(Value::Dict(inst.dict.clone()))
            }
            _ => {}
        }
        if let Some(data) = &inst.exc {
            let d = data.get(&self.py);
            let is_os_error = || {
                inst.class
                    .is_subclass(&crate::object::types::types().exc.os_error)
            };
            let os_form = (2..=5).contains(&d.args.len());
            let v = match name.as_str() {
                "args"
                    if (3..=5).contains(&d.args.len()) && !d.args[2].is_none() && is_os_error() =>
                {
                    Some(Value::tuple(d.args[..2].to_vec()))
                }
                "args" => Some(Value::tuple(d.args.clone())),
                "errno" | "strerror" | "filename" | "filename2" if is_os_error() => {
                    let i = match name.as_str() {
                        "errno" => 0,
                        "strerror" => 1,
                        "filename" => 2,
                        _ => 4,
                    };
                    Some(if os_form {
                        d.args.get(i).cloned().unwrap_or(Value::None)
                    } else {
                        Value::None
                    })
                }
                "__cause__" => Some(d.cause.clone().unwrap_or(Value::None)),
                "__context__" => Some(d.context.clone().unwrap_or(Value::None)),
                "__suppress_context__" => Some(Value::Bool(d.suppress_context)),
                "__traceback__" => Some(crate::object::tbobj::traceback_of(&d.traceback)),
                // SystemExit.code and StopIteration.value: the first argument.
                "code"
                    if inst
                        .class
                        .is_subclass(&crate::object::types::types().exc.system_exit) =>
                {
                    Some(match d.args.len() {
                        0 => Value::None,
                        1 => d.args[0].clone(),
                        _ => Value::tuple(d.args.clone()),
                    })
                }
                "value"
                    if inst
                        .class
                        .is_subclass(&crate::object::types::types().exc.stop_iteration) =>
                {
                    Some(d.args.first().cloned().unwrap_or(Value::None))
                }
                _ => None,
            };
            if let Some(v) = v {
                return Ok(v);
            }
        }
        if !inst.class.has_hook(HAS_GETATTR) {
            return Err(self.no_attribute(obj, name.as_str()));
        }
        if let Some(getattr) = inst.class.lookup(&self.py, &intern("__getattr__")) {
            return self.call(
                &getattr,
                Args::new(&[obj.clone(), Value::Str(name.clone())]),
            );
        }
        Err(self.no_attribute(obj, name.as_str()))
    }

    fn class_getattr(&mut self, c: &Arc<Class>, name: &Arc<PyStr>) -> PyResult<Value> {
        if name.as_str() == "__doc__" {
            // Each class has its own docstring (None if it has none): not inherited.
            return Ok(c
                .dict
                .get(&self.py)
                .get_str(name)
                .cloned()
                .unwrap_or(Value::None));
        }
        // The type's own data descriptors come before the class dict (a class may
        // define a `__name__` property for its instances).
        match name.as_str() {
            "__name__" => return Ok(Value::Str(c.name.clone())),
            "__qualname__" => return Ok(Value::Str(c.qualname.clone())),
            "__mro__" => {
                let mut items = vec![Value::Class(c.clone())];
                items.extend(c.mro.iter().map(|b| Value::Class(b.clone())));
                return Ok(Value::tuple(items));
            }
            _ => {}
        }
        if let Some(v) = c.lookup(&self.py, name) {
            if let Value::Instance(_) = &v {
                if let Some(get) = self.lookup_special(&v, "__get__") {
                    let bound = self.bind(get, v.clone());
                    return self.call(&bound, Args::new(&[Value::None, Value::Class(c.clone())]));
                }
            }
            return Ok(match &v {
                Value::Descriptor(d) => match &**d {
                    Descriptor::StaticMethod(f) => f.clone(),
                    Descriptor::ClassMethod(f) => {
                        Value::BoundMethod(Arc::new(crate::object::BoundMethod {
                            receiver: Value::Class(c.clone()),
                            func: f.clone(),
                        }))
                    }
                    Descriptor::Property { .. } => v.clone(),
                },
                _ => v,
            });
        }
        match name.as_str() {
            "__name__" => Ok(Value::Str(c.name.clone())),
            "__qualname__" => Ok(Value::Str(c.qualname.clone())),
            "__bases__" => Ok(Value::tuple(
                c.bases.iter().map(|b| Value::Class(b.clone())).collect(),
            )),
            "__base__" => Ok(c
                .bases
                .first()
                .map_or(Value::None, |b| Value::Class(b.clone()))),
            "__mro__" => {
                let mut items = vec![Value::Class(c.clone())];
                items.extend(c.mro.iter().map(|b| Value::Class(b.clone())));
                Ok(Value::tuple(items))
            }
            "__dict__" => Ok(Value::dict(c.dict.get(&self.py).clone())),
            "__class__" => Ok(Value::Class(Value::Class(c.clone()).class())),
            "__doc__" => Ok(Value::None),
            "__module__" => Ok(Value::str("builtins")),
            _ => {
                // Attributes of the metaclass (methods bind to the class).
                if let Some(meta) = &c.metaclass {
                    if let Some(v) = meta.lookup(&self.py, name) {
                        return self.bind_from_type(v, &Value::Class(c.clone()));
                    }
                }
                // Methods of `type` itself (e.g. `C.mro()`).
                let t = crate::object::types::types().type_.clone();
                if let Some(v) = t.lookup(&self.py, name) {
                    return self.bind_from_type(v, &Value::Class(c.clone()));
                }
                Err(self.no_attribute(&Value::Class(c.clone()), name.as_str()))
            }
        }
    }

    /// For `obj.name(...)`: (function, obj) when `name` is a plain method on the type,
    /// else (attribute, NULL).
    pub fn load_method(&mut self, obj: Value, name: &Arc<PyStr>) -> PyResult<(Value, Value)> {
        match &obj {
            Value::Instance(inst) => {
                if inst.dict.get(&self.py).get_str(name).is_none() {
                    if let Some(f @ Value::Function(_)) = inst.class.lookup(&self.py, name) {
                        return Ok((f, obj));
                    }
                }
            }
            Value::Class(_) | Value::Module(_) | Value::Function(_) | Value::BoundMethod(_) => {}
            // Natives with attributes of their own go through get_attr.
            Value::Native(n) if n.has_own_attrs() => {}
            _ => {
                if let Some(f @ Value::Builtin(_)) = obj.class().lookup(&self.py, name) {
                    return Ok((f, obj));
                }
            }
        }
        let v = self.get_attr(&obj, name)?;
        Ok((v, Value::Null))
    }

    pub fn set_attr(&mut self, obj: &Value, name: &Arc<PyStr>, value: Value) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                use crate::object::class::{HAS_PROPERTIES, HAS_SETATTR, HAS_SLOTS};
                if Arc::ptr_eq(&inst.class, &crate::object::types::types().object) {
                    return Err(self.no_attribute(obj, name.as_str()));
                }
                let hooked = inst
                    .class
                    .has_hook(HAS_PROPERTIES | HAS_SETATTR | HAS_SLOTS);
                if !hooked && inst.exc.is_none() {
                    inst.dict.get_mut(&mut self.py).set_str(name.clone(), value);
                    return Ok(());
                }
                // A `__setattr__` written in Python runs first (even for properties).
                if inst.class.has_hook(HAS_SETATTR) {
                    let setattr = inst.class.lookup(&self.py, &intern("__setattr__"));
                    if let Some(setattr @ Value::Function(_)) = setattr {
                        self.call(
                            &setattr,
                            Args::new(&[obj.clone(), Value::Str(name.clone()), value]),
                        )?;
                        return Ok(());
                    }
                }
                self.instance_setattr_generic(obj, inst, name, value)
            }
            Value::Class(c) => {
                c.dict.get_mut(&mut self.py).set_str(name.clone(), value);
                c.update_hooks(&self.py);
                Ok(())
            }
            Value::Module(m) => {
                m.dict.get_mut(&mut self.py).set_str(name.clone(), value);
                Ok(())
            }
            Value::Function(f) => {
                f.dict.get_mut(&mut self.py).set_str(name.clone(), value);
                Ok(())
            }
            Value::Native(n) if n.has_own_attrs() => match n.set_attr(self, name, Some(value)) {
                Some(r) => r,
                None => Err(self.no_attribute(obj, name.as_str())),
            },
            _ => {
                let cls = obj.class();
                if cls.lookup(&self.py, name).is_some() {
                    return Err(self.attribute_error(format!(
                        "'{}' object attribute '{}' is read-only",
                        cls.name, name
                    )));
                }
                Err(self.no_attribute(obj, name.as_str()))
            }
        }
    }

    /// `object.__setattr__` on an instance: data descriptors on the type, exception
    /// fields, then the instance dict (only slot names when instances have no dict).
    pub fn instance_setattr_generic(
        &mut self,
        obj: &Value,
        inst: &Arc<Instance>,
        name: &Arc<PyStr>,
        value: Value,
    ) -> PyResult<()> {
        use crate::object::class::HAS_SLOTS;
        let cls_attr = inst.class.lookup(&self.py, name);
        if let Some(desc @ Value::Instance(_)) = &cls_attr {
            if let Some(set) = self.lookup_special(desc, "__set__") {
                let bound = self.bind(set, desc.clone());
                self.call(&bound, Args::new(&[obj.clone(), value]))?;
                return Ok(());
            }
        }
        if let Some(Value::Descriptor(d)) = &cls_attr {
            if let Descriptor::Property { fset, .. } = &**d {
                if fset.is_none() {
                    return Err(self.attribute_error(format!(
                        "property '{}' of '{}' object has no setter",
                        name, inst.class.name
                    )));
                }
                let fset = fset.clone();
                self.call(&fset, Args::new(&[obj.clone(), value]))?;
                return Ok(());
            }
        }
        if let Some(data) = &inst.exc {
            let d = data.get_mut(&mut self.py);
            match name.as_str() {
                "__cause__" => {
                    d.cause = (!value.is_none()).then_some(value);
                    d.suppress_context = true;
                    return Ok(());
                }
                "__context__" => {
                    d.context = (!value.is_none()).then_some(value);
                    return Ok(());
                }
                "__suppress_context__" => {
                    d.suppress_context = matches!(value, Value::Bool(true));
                    return Ok(());
                }
                "args" => {
                    d.args = match value {
                        Value::Tuple(t) => t.to_vec(),
                        other => vec![other],
                    };
                    return Ok(());
                }
                _ => {}
            }
        }
        if inst.class.has_hook(HAS_SLOTS) && !inst.class.has_slot(&self.py, name) {
            return Err(self.slots_no_attribute(obj, name, cls_attr.is_some()));
        }
        inst.dict.get_mut(&mut self.py).set_str(name.clone(), value);
        Ok(())
    }

    /// Assigning or deleting a name that is not a slot of a dict-less instance.
    #[cold]
    fn slots_no_attribute(
        &self,
        obj: &Value,
        name: &PyStr,
        on_class: bool,
    ) -> crate::object::PyErr {
        if on_class {
            return self.attribute_error(format!(
                "'{}' object attribute '{}' is read-only",
                obj.type_name(),
                name
            ));
        }
        self.no_attribute(obj, name.as_str())
    }

    /// `object.__delattr__` on an instance: a property's deleter, else the instance dict.
    pub fn instance_delattr_generic(
        &mut self,
        obj: &Value,
        inst: &Arc<Instance>,
        name: &Arc<PyStr>,
    ) -> PyResult<()> {
        let cls_attr = inst.class.lookup(&self.py, name);
        if let Some(Value::Descriptor(d)) = &cls_attr {
            if let Descriptor::Property { fdel, .. } = &**d {
                if fdel.is_none() {
                    return Err(self.attribute_error(format!(
                        "property '{}' of '{}' object has no deleter",
                        name, inst.class.name
                    )));
                }
                let fdel = fdel.clone();
                self.call(&fdel, Args::new(std::slice::from_ref(obj)))?;
                return Ok(());
            }
        }
        if let Some(desc @ Value::Instance(_)) = &cls_attr {
            if let Some(del) = self.lookup_special(desc, "__delete__") {
                let bound = self.bind(del, desc.clone());
                self.call(&bound, Args::new(std::slice::from_ref(obj)))?;
                return Ok(());
            }
        }
        if inst.dict.get_mut(&mut self.py).remove_str(name).is_some() {
            return Ok(());
        }
        if inst.class.has_slot(&self.py, name) {
            // An unset slot: CPython's member descriptor names just the attribute.
            return Err(self.attribute_error(name.as_str()));
        }
        use crate::object::class::HAS_SLOTS;
        if inst.class.has_hook(HAS_SLOTS) && cls_attr.is_some() {
            return Err(self.slots_no_attribute(obj, name, true));
        }
        Err(self.no_attribute(obj, name.as_str()))
    }

    pub fn del_attr(&mut self, obj: &Value, name: &Arc<PyStr>) -> PyResult<()> {
        let removed = match obj {
            Value::Instance(inst) => {
                if inst.class.has_hook(crate::object::class::HAS_SETATTR) {
                    let delattr = inst.class.lookup(&self.py, &intern("__delattr__"));
                    if let Some(delattr @ Value::Function(_)) = delattr {
                        self.call(
                            &delattr,
                            Args::new(&[obj.clone(), Value::Str(name.clone())]),
                        )?;
                        return Ok(());
                    }
                }
                return self.instance_delattr_generic(obj, inst, name);
            }
            Value::Class(c) => c.dict.get_mut(&mut self.py).remove_str(name).is_some(),
            Value::Module(m) => m.dict.get_mut(&mut self.py).remove_str(name).is_some(),
            Value::Function(f) => f.dict.get_mut(&mut self.py).remove_str(name).is_some(),
            Value::Native(n) if n.has_own_attrs() => {
                if let Some(r) = n.set_attr(self, name, None) {
                    return r;
                }
                false
            }
            _ => false,
        };
        if removed {
            Ok(())
        } else {
            Err(self.no_attribute(obj, name.as_str()))
        }
    }

    /// `hasattr`-style probe: Ok(None) when the attribute is missing.
    pub fn get_attr_opt(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        match self.get_attr(obj, &intern(name)) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.matches(&crate::object::types::types().exc.attribute_error) => Ok(None),
            Err(e) => Err(e),
        }
    }
}
