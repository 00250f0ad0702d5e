#!/usr/bin/env bash
# Fails if core includes a Qt header or ui runs SQL (ARCHITECTURE.md: layers).
set -u
root="$1"
status=0
if hits=$(grep -rnE '#\s*include\s*[<"](Q[A-Z]|Qt)' "$root/core"); then
  echo "core must not include Qt headers:"; echo "$hits"; status=1
fi
if hits=$(grep -rnE 'sqlite3|\b(SELECT|INSERT|UPDATE|DELETE)\b[^;]*\b(FROM|INTO|SET)\b' "$root/ui"); then
  echo "ui must not run SQL:"; echo "$hits"; status=1
fi
if hits=$(grep -rnE '#\s*include\s*[<"](QtWidgets|QtPrintSupport|QWidget|QApplication|QPrinter|QPrintDialog|QPrintPreview)' "$root/ui/print"); then
  echo "ui/print must not use Widgets (the command line links it):"; echo "$hits"; status=1
fi
if hits=$(grep -rnE '#\s*include\s*"ui/[A-Za-z]+\.h"' "$root/app/cli"); then
  echo "the command line may link ui/print only:"; echo "$hits"; status=1
fi
[ $status -eq 0 ] && echo "layers hold: core has no Qt, ui has no SQL"
exit $status
