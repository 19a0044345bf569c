# OSError and its subclasses built from (errno, strerror[, filename[, winerror, filename2]]):
# str, repr, args (the file name is not kept in args) and the errno/strerror/filename fields.
for args in [(2, 'No such file or directory', 'x'), (2, 'msg'), ('plain',), (), (1, 'Op', 'a', None, 'b'), (5, 'x', None)]:
    e = FileNotFoundError(*args)
    print(str(e), repr(e), e.args, e.errno, e.strerror, e.filename, e.filename2)
try: raise PermissionError(13, 'Permission denied', '/root/x')
except OSError as e: print(e, type(e).__name__, isinstance(e, OSError))
# expect: [Errno 2] No such file or directory: 'x' FileNotFoundError(2, 'No such file or directory') (2, 'No such file or directory') 2 No such file or directory x None
# expect: [Errno 2] msg FileNotFoundError(2, 'msg') (2, 'msg') 2 msg None None
# expect: plain FileNotFoundError('plain') ('plain',) None None None None
# expect:  FileNotFoundError() () None None None None
# expect: [Errno 1] Op: 'a' -> 'b' FileNotFoundError(1, 'Op') (1, 'Op') 1 Op a b
# expect: [Errno 5] x FileNotFoundError(5, 'x', None) (5, 'x', None) 5 x None None
# expect: [Errno 13] Permission denied: '/root/x' PermissionError True
