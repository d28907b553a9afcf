package dk.holbaek.experiments.api.http.admin;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dk.holbaek.experiments.api.problem.NotFoundException;
import dk.holbaek.experiments.api.security.UserAccounts;

/**
 * Users, for administrators: list them, add one, change a user's roles or disable it. A change holds at the user's
 * next request on every instance (the accounts live in MongoDB); the configured users are the bootstrap.
 */
@RestController
@RequestMapping("/api/admin/users")
class UserController {

    /** A new user: name, password (at least 12 characters) and roles. */
    record NewUser(String name, String password, List<String> roles) {
    }

    /** What to change: the roles, whether the user may log in; either may be left out. */
    record Change(List<String> roles, Boolean enabled) {
    }

    private final UserAccounts accounts;

    UserController(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    List<UserAccounts.Listed> all() {
        return accounts.all();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED) // as the ResponseEntity says; named here for the OpenAPI document
    ResponseEntity<Map<String, String>> add(@RequestBody NewUser body, Principal admin) {
        UserAccounts.Account added = accounts.add(body.name(), body.password(), body.roles(), admin.getName());
        return ResponseEntity.created(URI.create("/api/admin/users/" + added.name())).body(Map.of("name", added.name()));
    }

    @PostMapping("/{name}")
    Map<String, Object> change(@PathVariable String name, @RequestBody Change body, Principal admin) {
        if (accounts.find(name).isEmpty()) {
            throw new NotFoundException("user", name);
        }
        UserAccounts.Account changed = accounts.change(name, body.roles(), body.enabled(), admin.getName());
        return Map.of("name", changed.name(), "roles", changed.roles(), "enabled", changed.enabled());
    }
}
