// The one form kit: every form of the app is built from these parts (see README.md).
export { ChoiceGroup, CheckboxField, Fieldset, type Choice } from './ChoiceGroup';
export { dateProblem, isAtOrBelow, withoutPath, type DateRule } from './checks';
export { useFormContext, type Errors } from './context';
export { DateField } from './DateField';
export { bindValue, FieldErrorText, Hint, useField, type FieldProps } from './FieldFrame';
export { focusFirstError, focusPath } from './focus';
export { ErrorSummary, Form, FormActions, FormAlerts } from './Form';
export { LeaveDialog, useLeaveWarning } from './LeaveWarning';
export { mapServerErrors, type ServerErrorOptions } from './serverErrors';
export { SelectField, TextAreaField, TextField } from './TextFields';
export { useFormSubmit, type FormController, type FormSubmitOptions } from './useFormSubmit';
