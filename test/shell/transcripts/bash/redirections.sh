rm_dir=/tmp/sa-redir; cd /tmp
echo first > sa-out.txt; cat sa-out.txt
echo second >> sa-out.txt; cat < sa-out.txt
echo truncated > sa-out.txt; cat sa-out.txt
> sa-out.txt; cat sa-out.txt; echo "[empty]"
cat /nonexistent 2> sa-err.txt; echo $?; cat sa-err.txt
cat /nonexistent 2>/dev/null; echo $?
cat /nonexistent 2>&1 | cat
cat /nonexistent |& cat
echo to-stderr >&2
echo to-stderr 1>&2 2>/dev/null
echo both &> sa-both.txt; cat /nonexistent &>> sa-both.txt; cat sa-both.txt
echo dup >&2 2>&1
echo closed >&-
echo x > /nonexistent/dir/file; echo $?
cat < /nonexistent; echo $?
echo x > /tmp
f='two words'; echo x > $f
echo x > $nothing
echo 2>&1 a b c
echo x 3>&1 1>&2 2>&3
{ echo in group; cat /nonexistent; } > sa-group.txt 2>&1; cat sa-group.txt
for i in 1 2; do echo loop $i; done > sa-loop.txt; cat sa-loop.txt
echo $(echo sub 2>&1) "$(cat /nonexistent 2>&1)"
x=$(cat /nonexistent); echo "[$x] $?"
cat sa-out.txt - <<< "from stdin"
echo 'a' >sa-a.txt 2>sa-b.txt; cat sa-a.txt sa-b.txt
cat >sa-c.txt <<EOF
heredoc into file
EOF
cat sa-c.txt
echo > /dev/null; echo $?
cat /dev/null; echo "[$(cat /dev/null)]"
echo 5>&1 >&5 five
echo bad >&7
