-- expect: 2
begin work;
update orders set note = null;
abort;
