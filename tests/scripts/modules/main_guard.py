# The script runs as the module __main__.
print(__name__)                     # expect: __main__
if __name__ == '__main__':
    print("run as a script")        # expect: run as a script
