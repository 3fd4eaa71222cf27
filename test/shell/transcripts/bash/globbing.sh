cd /tmp
: > sa-glob-1.txt; : > sa-glob-2.txt; : > sa-glob-b.log; : > .sa-glob-hidden
echo sa-glob-*.txt
echo sa-glob-?.txt sa-glob-[12].txt sa-glob-[!1].txt sa-glob-[a-c].log
echo sa-glob-*
echo .sa-glob-* /tmp/sa-glob-*.log
args "sa-glob-*" 'sa-glob-*' sa-glob-\*.txt
p='sa-glob-*.txt'; args $p "$p"
echo nomatch-*.zzz
args nomatch-*.zzz "nomatch-*.zzz"
x='*.zzz'; args $x "$x"
echo \*
echo '*' "*"
echo sa-glob-[
for f in sa-glob-*.txt; do echo "file: $f"; done
