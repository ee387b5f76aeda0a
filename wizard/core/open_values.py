"""Value types like enums whose members can be added later: the ground of the open path table.

`Package` and `Step` were closed enums, so a new path meant editing them. A class with the
`OpenValues` metaclass keeps an enum's everyday API (`Kind.NAME`, `Kind(value)`, `Kind["NAME"]`,
`member.name`, `member.value`, iteration, `is` comparisons, ValueError/KeyError for unknown
values) and adds `register` and `unregister`. Members are instances of the class's base type
(int, str), so they compare, hash, format and serialise as their value, as IntEnum and
StrEnum members do.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar, TypeVar

_Member = TypeVar("_Member", bound="OpenValue")

# How to get a member's value as a plain int or str.
_PLAIN: dict[type, Any] = {int: int.__int__, str: str.__str__}


class OpenValues(type):
    """The metaclass: keeps the members by name and by value, in registration order."""

    _by_name: dict[str, Any]
    _by_value: dict[object, Any]
    # Members in iteration order: by value for ordered values, else as registered.
    _sort_by_value: bool

    def __call__(cls, value: object) -> Any:
        """The member with `value`; ValueError when there is none (like an enum)."""
        try:
            return cls._by_value[value]
        except (KeyError, TypeError):
            raise ValueError(f"{value!r} is not a valid {cls.__name__}") from None

    def __getitem__(cls, name: str) -> Any:
        """The member called `name`; KeyError when there is none (like an enum)."""
        return cls._by_name[name]

    def __iter__(cls) -> Iterator[Any]:
        members = list(cls._by_name.values())
        if cls._sort_by_value:
            members.sort()
        return iter(members)

    def __len__(cls) -> int:
        return len(cls._by_name)

    def __contains__(cls, member: object) -> bool:
        return isinstance(member, OpenValue) and cls._by_name.get(member.name) is member

    @property
    def __members__(cls) -> dict[str, Any]:
        """Name -> member, as an enum offers it."""
        return dict(cls._by_name)


class OpenValue:
    """Mixin of a member: its name and value, a readable repr, and identity-preserving copies."""

    __slots__ = ()
    _name_: str
    # Set per class by new_registry: the built-in base type and the member tables.
    _base: ClassVar[type]
    _by_name: ClassVar[dict[str, Any]]
    _by_value: ClassVar[dict[object, Any]]
    _sort_by_value: ClassVar[bool]

    @property
    def name(self) -> str:
        """The member's name, e.g. "START"."""
        return self._name_

    @property
    def value(self) -> Any:
        """The member's value as its plain base type."""
        # The base type's own slot: calling int()/str() on a member would call __str__ again.
        return _PLAIN[type(self)._base](self)

    def __repr__(self) -> str:
        return f"<{type(self).__name__}.{self._name_}: {self.value!r}>"

    def __str__(self) -> str:
        # As IntEnum and StrEnum: the value, so f-strings and str() read as before.
        return str(self.value)

    def __reduce__(self) -> tuple[Any, tuple[Any]]:
        # Copies and pickles come back as the one registered member, so `is` keeps working.
        return type(self), (self.value,)

    def __copy__(self: _Member) -> _Member:
        return self

    def __deepcopy__(self: _Member, _memo: dict[int, object]) -> _Member:
        return self

    @classmethod
    def register(cls: type[_Member], name: str, value: Any) -> _Member:
        """Add the member `name` = `value` and return it.

        Registering the same name with the same value again returns the existing member; a name
        or value that is already taken by another member raises ValueError.
        """
        by_name, by_value = cls._by_name, cls._by_value
        existing = by_name.get(name)
        if existing is not None:
            if existing.value == value:
                return existing
            raise ValueError(f"{cls.__name__}.{name} is already {existing.value!r}")
        if value in by_value:
            raise ValueError(f"{value!r} is already {cls.__name__}.{by_value[value].name}")
        member: _Member = cls._base.__new__(cls, value)
        member._name_ = name
        by_name[name] = member
        by_value[value] = member
        setattr(cls, name, member)
        return member

    @classmethod
    def unregister(cls, name: str) -> None:
        """Remove the member `name` (tests that registered it clean up); unknown names pass."""
        member = cls._by_name.pop(name, None)
        if member is None:
            return
        del cls._by_value[member.value]
        delattr(cls, name)


def new_registry(
    cls: type[OpenValue], base: type, members: dict[str, Any], *, sort_by_value: bool
) -> None:
    """Give `cls` its own member tables and register `members` (name -> value) in order.

    `base` is the built-in type the members are (int, str).
    """
    cls._base = base
    cls._by_name = {}
    cls._by_value = {}
    cls._sort_by_value = sort_by_value
    for name, value in members.items():
        cls.register(name, value)
