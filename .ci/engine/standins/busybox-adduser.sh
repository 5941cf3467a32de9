#!/bin/sh
# Alpine/busybox-style `addgroup` and `adduser` for the stagetui test stand-ins, installed
# under both names; Debian's busybox is built without these applets and Debian's own adduser
# takes other options. Writes /etc/group, /etc/passwd and /etc/shadow directly, as busybox does.
# System ids (-S) are taken from 100-999, others from 1000 up.
#   addgroup [-g GID] [-S] GROUP        addgroup USER GROUP
#   adduser [-h DIR] [-g GECOS] [-s SHELL] [-G GROUP] [-S] [-D] [-H] [-u UID] USER [GROUP]
set -eu
die() { echo "$(basename "$0"): $*" >&2; exit 1; }
exists() { cut -d: -f1 "$1" | grep -qx "$2"; }
# next_id FILE FIELD LOW HIGH: the lowest id in [LOW, HIGH] not used in FIELD of FILE
next_id() {
  awk -F: -v f="$2" -v lo="$3" -v hi="$4" '{used[$f] = 1} END {for (i = lo; i <= hi; i++) if (!(i in used)) {print i; exit}}' "$1"
}
gid_of() { awk -F: -v g="$1" '$1 == g {print $3}' /etc/group; }

case $(basename "$0") in
addgroup)
  gid="" system=0 n=$#
  while [ $n -gt 0 ]; do                       # options may follow the names, as busybox allows
    n=$((n - 1)); a=$1; shift
    case $a in
      -g) gid=$1; shift; n=$((n - 1)) ;; -S) system=1 ;;
      -*) die "usage: addgroup [-g GID] [-S] GROUP | addgroup USER GROUP" ;;
      *) set -- "$@" "$a" ;;
    esac
  done
  if [ $# -eq 2 ]; then                       # add an existing user to an existing group
    exists /etc/passwd "$1" || die "unknown user $1"
    exists /etc/group "$2" || die "unknown group $2"
    awk -F: -v OFS=: -v u="$1" -v g="$2" '$1 == g {$4 = ($4 == "" ? u : $4 "," u)} {print}' /etc/group > /etc/group.new
    cat /etc/group.new > /etc/group && rm -f /etc/group.new
    exit 0
  fi
  [ $# -eq 1 ] || die "usage: addgroup [-g GID] [-S] GROUP"
  exists /etc/group "$1" && die "group '$1' in use"
  if [ -z "$gid" ]; then
    if [ $system = 1 ]; then gid=$(next_id /etc/group 3 100 999); else gid=$(next_id /etc/group 3 1000 60000); fi
  fi
  echo "$1:x:$gid:" >> /etc/group
  ;;
adduser)
  home="" gecos="Linux User,,," shell=/bin/sh group="" system=0 nohome=0 uid=""
  n=$#
  while [ $n -gt 0 ]; do
    n=$((n - 1)); a=$1; shift
    case $a in
      -h|-g|-s|-G|-u|-k)
        [ $n -gt 0 ] || die "$a needs a value"
        v=$1; shift; n=$((n - 1))
        case $a in -h) home=$v ;; -g) gecos=$v ;; -s) shell=$v ;; -G) group=$v ;; -u) uid=$v ;; esac ;;
      -S) system=1 ;; -D) ;; -H) nohome=1 ;;
      -*) die "usage: adduser [-h DIR] [-g GECOS] [-s SHELL] [-G GROUP] [-S] [-D] [-H] [-u UID] USER [GROUP]" ;;
      *) set -- "$@" "$a" ;;
    esac
  done
  [ $# -ge 1 ] || die "usage: adduser [OPTIONS] USER [GROUP]"
  user=$1
  [ $# -lt 2 ] || group=$2
  exists /etc/passwd "$user" && die "user '$user' in use"
  [ $system = 0 ] || shell=/sbin/nologin
  if [ -z "$uid" ]; then
    if [ $system = 1 ]; then uid=$(next_id /etc/passwd 3 100 999); else uid=$(next_id /etc/passwd 3 1000 60000); fi
  fi
  if [ -n "$group" ]; then
    gid=$(gid_of "$group"); [ -n "$gid" ] || die "unknown group $group"
  else
    group=$user
    if [ $system = 1 ]; then addgroup -S "$group"; else addgroup -g "$uid" "$group"; fi
    gid=$(gid_of "$group")
  fi
  [ -n "$home" ] || home=/home/$user
  echo "$user:x:$uid:$gid:$gecos:$home:$shell" >> /etc/passwd
  [ ! -f /etc/shadow ] || echo "$user:!:$(( $(date +%s) / 86400 )):0:99999:7:::" >> /etc/shadow
  if [ $nohome = 0 ]; then mkdir -p "$home" && chown "$uid:$gid" "$home"; fi
  ;;
*) die "install me as addgroup or adduser" ;;
esac
