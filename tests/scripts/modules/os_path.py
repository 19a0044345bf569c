# os and os.path: path joining and splitting, normpath/abspath/relpath, existence and type
# tests, stat/listdir/getenv, and OSError subclasses with errno, filename and CPython's text.
import os, os.path, sys
from os.path import join, basename
print(os.path is sys.modules['os.path'], os.sep, os.name, os.linesep == "\n", os.curdir, os.pardir)
print(join("a", "b", "c.py"), join("/x", "/abs", "y"), join("a/", "b"), basename("/a/b.py"), os.path.dirname("/a/b/c.py"))
print(os.path.split("/a/b/"), os.path.split("file"), os.path.splitext("arch.tar.gz"), os.path.splitext(".bashrc"), os.path.splitext("a/b.c/d"))
print(os.path.normpath("a//b/./c/../d"), os.path.normpath("/../x"), os.path.normpath(""), os.path.isabs("/x"), os.path.isabs("x"))
print(os.path.abspath("x") == join(os.getcwd(), "x"), os.path.relpath("/a/b/c", "/a/d"), os.path.commonprefix(["/usr/lib", "/usr/local"]))
here = os.path.dirname(os.path.abspath(__file__))
print(os.path.exists(__file__), os.path.isfile(__file__), os.path.isdir(here), os.path.isdir(__file__), os.path.exists("/no/such/thing"))
print(os.path.getsize(__file__) > 100, os.stat(__file__).st_size == os.path.getsize(__file__), type(os.stat(__file__).st_mtime))
print(basename(__file__) in os.listdir(here), isinstance(os.getpid(), int), os.getenv("GILPY_NO_SUCH_VAR"), os.getenv("GILPY_NO_SUCH_VAR", "dflt"))
for bad in [lambda: os.stat("/no/such/file"), lambda: os.listdir("/no/such/dir"), lambda: os.remove("/no/such"), lambda: os.rename("/no/a", "/no/b"), lambda: os.path.getsize("/nope")]:
    try:
        bad()
    except OSError as e:
        print(type(e).__name__, e, e.errno, e.filename)
try: os.stat(5.5)
except TypeError as e: print(e)
import os; print(os.stat("/tmp")[8] == int(os.stat("/tmp").st_mtime))
# expect: True / posix True . ..
# expect: a/b/c.py /abs/y a/b b.py /a/b
# expect: ('/a/b', '') ('', 'file') ('arch.tar', '.gz') ('.bashrc', '') ('a/b.c/d', '')
# expect: a/b/d /x . True False
# expect: True ../b/c /usr/l
# expect: True True True False False
# expect: True True <class 'float'>
# expect: True True None dflt
# expect: FileNotFoundError [Errno 2] No such file or directory: '/no/such/file' 2 /no/such/file
# expect: FileNotFoundError [Errno 2] No such file or directory: '/no/such/dir' 2 /no/such/dir
# expect: FileNotFoundError [Errno 2] No such file or directory: '/no/such' 2 /no/such
# expect: FileNotFoundError [Errno 2] No such file or directory: '/no/a' -> '/no/b' 2 /no/a
# expect: FileNotFoundError [Errno 2] No such file or directory: '/nope' 2 /nope
# expect: stat: path should be string, bytes, os.PathLike or integer, not float
# expect: True
