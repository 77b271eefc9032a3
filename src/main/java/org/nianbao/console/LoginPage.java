package org.nianbao.console;

import static org.nianbao.console.Html.esc;

/** The login form; the only page besides /health shown without a session. */
final class LoginPage {

    private LoginPage() {
    }

    static String render(String error, String next, String token) {
        StringBuilder b = new StringBuilder();
        if (error != null) {
            b.append("<p class=\"error\" id=\"login-error\">").append(esc(error)).append("</p>");
        }
        b.append("<form method=\"post\" action=\"/login\"><input type=\"hidden\" name=\"csrf\" value=\"")
                .append(esc(token)).append("\"><input type=\"hidden\" name=\"next\" value=\"")
                .append(esc(next)).append("\"><p><label>用户名 <input name=\"user\" id=\"user\" autocomplete=\"username\"></label></p>")
                .append("<p><label>密码 <input type=\"password\" name=\"password\" id=\"password\" autocomplete=\"current-password\"></label></p>")
                .append("<p><button type=\"submit\" id=\"login\">登录</button></p></form>");
        return Layout.page("登录", null, b.toString());
    }
}
