"""People, countries and tags: lists with counts and one page each."""

from django.shortcuts import get_object_or_404, redirect

from articles.models import Country, Person, Tag


def person_detail(request, slug):
    person = get_object_or_404(Person, slug=slug)
    return redirect(f"/?person={person.pk}")


def country_detail(request, code):
    country = get_object_or_404(Country, code=code.upper())
    return redirect(f"/?country={country.code}")


def tag_detail(request, slug):
    tag = get_object_or_404(Tag, slug=slug)
    return redirect(f"/?tag={tag.slug}")
