# shellcheck shell=sh
# sed reads \, & and its | delimiter specially in a replacement: escape them.
# Shared by the boot script and .profile.d/php.sh (src/php/boot.ts inlines it).
__php_sed_escape() {
  printf '%s\n' "$1" | sed -e 's/[\\&|]/\\&/g'
}
