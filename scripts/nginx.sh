#!/usr/bin/env bash
# Runs Debian's nginx in the foreground with deploy/nginx.conf, on a loopback port, serving ROOT
# (a folder that holds the built site under its sub-path, e.g. ROOT/aomori/dx-plan/).
# Used by the e2e suite (E2E_SERVER=nginx) and by the benchmarks.
# Run as root, nginx's workers read files as www-data: ROOT and the site must be readable by it.
# Usage: bash scripts/nginx.sh PORT ROOT
set -euo pipefail
port="${1:?usage: nginx.sh PORT ROOT}"
root="$(cd "${2:?usage: nginx.sh PORT ROOT}" && pwd)"
conf="$(cd "$(dirname "$0")/.." && pwd)/deploy/nginx.conf"
command -v nginx >/dev/null || [[ -x /usr/sbin/nginx ]] \
  || { echo "nginx.sh: nginx is missing (apt-get install nginx-light libnginx-mod-http-brotli-static)" >&2; exit 1; }

prefix="$(mktemp -d "${TMPDIR:-/tmp}/aomori-dx-nginx-$port.XXXXXX")"
mkdir -p "$prefix/logs" "$prefix/tmp"
# The shipped server block, with this run's port and root (the loopback address only).
sed -e "s|^\(    listen \)8080;|\1127.0.0.1:$port;|" -e "s|^\(    root \)/srv/www;|\1$root;|" "$conf" >"$prefix/site.conf"
grep -q "listen 127.0.0.1:$port;" "$prefix/site.conf" && grep -q "root $root;" "$prefix/site.conf" \
  || { echo "nginx.sh: deploy/nginx.conf no longer has the 'listen 8080;' and 'root /srv/www;' lines" >&2; exit 1; }
cat >"$prefix/nginx.conf" <<CONF
# Debian's package libnginx-mod-http-brotli-static.
load_module /usr/lib/nginx/modules/ngx_http_brotli_static_module.so;
worker_processes 1;
pid $prefix/nginx.pid;
error_log stderr warn;
events { worker_connections 256; }
http {
    access_log off;
    client_body_temp_path $prefix/tmp/body;
    proxy_temp_path $prefix/tmp/proxy;
    fastcgi_temp_path $prefix/tmp/fastcgi;
    uwsgi_temp_path $prefix/tmp/uwsgi;
    scgi_temp_path $prefix/tmp/scgi;
    sendfile on;
    include $prefix/site.conf;
}
CONF
PATH="$PATH:/usr/sbin"
nginx -t -q -p "$prefix" -c "$prefix/nginx.conf"
exec nginx -p "$prefix" -c "$prefix/nginx.conf" -g 'daemon off;'
