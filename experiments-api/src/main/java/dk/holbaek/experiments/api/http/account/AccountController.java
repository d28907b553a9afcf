package dk.holbaek.experiments.api.http.account;

import java.security.Principal;
import java.util.Map;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import dk.holbaek.experiments.api.security.UserAccounts;

/** {@code POST /api/account/password}: every user changes their own password, naming the current one. */
@RestController
class AccountController {

    record PasswordChange(String currentPassword, String newPassword) {
    }

    private final UserAccounts accounts;

    AccountController(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @PostMapping("/api/account/password")
    Map<String, String> changePassword(@RequestBody PasswordChange body, Principal user) {
        accounts.changePassword(user.getName(), body.currentPassword(), body.newPassword());
        return Map.of("name", user.getName());
    }
}
