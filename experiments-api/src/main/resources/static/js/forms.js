// The activity form's running sum: the participants noted by group against the total, as they are typed.
// The form works without it; the service checks the sum again when the form is sent.
(function () {
    'use strict';
    var total = document.querySelector('input[name="participants.total"]');
    var output = document.getElementById('group-sum');
    if (!total || !output) {
        return;
    }
    var groups = document.querySelectorAll('input[name^="participants.byGroup."]');

    function count(input) {
        var digits = input.value.replace(/[\s.\u00a0]/g, '');
        return /^\d+$/.test(digits) ? parseInt(digits, 10) : 0;
    }

    function update() {
        var sum = 0;
        groups.forEach(function (group) { sum += count(group); });
        var hasTotal = total.value.trim() !== '';
        var words = hasTotal ? output.getAttribute('data-with-total') : output.getAttribute('data-without-total');
        output.textContent = words.replace('{0}', String(sum)).replace('{1}', String(count(total)));
        output.classList.toggle('error', hasTotal && sum > count(total));
        output.hidden = false;
    }

    total.addEventListener('input', update);
    groups.forEach(function (group) { group.addEventListener('input', update); });
    update();
})();
